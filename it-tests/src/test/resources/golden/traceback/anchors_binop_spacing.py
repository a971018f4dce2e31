# Extra blanks around the operator: the anchors skip them.
left = 10
right = "ten"
result = (left  *  2)   -   right
