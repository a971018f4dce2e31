s = f"""abc {x}
