print("vietquote")
