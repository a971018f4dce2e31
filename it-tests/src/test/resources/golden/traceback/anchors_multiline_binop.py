# A binary operation spanning lines is never anchored; its first line is highlighted to the end.
first = 1
second = "2"
total = (first +
         second)
