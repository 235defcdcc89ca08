print("pkg loaded")
