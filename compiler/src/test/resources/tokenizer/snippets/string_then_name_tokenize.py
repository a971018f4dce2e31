'a'b
