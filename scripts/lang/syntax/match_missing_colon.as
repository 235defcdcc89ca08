def handle(cmd):
    match cmd
        case "go":
            return 1
