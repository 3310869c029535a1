print("linimasa")
