pass
1
"s"
...
None
