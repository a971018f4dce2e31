x = b"a" f"b" "c"
