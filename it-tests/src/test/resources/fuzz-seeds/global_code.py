if __name__ == "__main__":
    import sys
    args = sys.argv[1:]
    for arg in args:
        print(arg.strip().lower())
    sys.exit(0 if args else 1)
