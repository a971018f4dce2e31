x = a⁄b
