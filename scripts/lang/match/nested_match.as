# Match statements nested in case bodies, in try blocks and in with blocks.
from contextlib import contextmanager


@contextmanager
def section(name):
    print(f"[{name}]")
    yield
    print(f"[/{name}]")


def route(req):
    match req:
        case {"method": method, "path": path}:
            match method, path.strip("/").split("/"):
                case "GET", [""]:
                    return "index"
                case "GET", ["users"]:
                    return "list users"
                case "GET", ["users", uid] if uid.isdigit():
                    return f"show user {int(uid)}"
                case "POST", ["users"]:
                    return "create user"
                case "DELETE", ["users", uid]:
                    try:
                        match int(uid):
                            case 0:
                                return "cannot delete root"
                            case n:
                                return f"delete user {n}"
                    except ValueError:
                        return f"bad id {uid!r}"
                case _, ["users", *_]:
                    return "405 method not allowed"
                case _:
                    return "404 not found"
        case _:
            return "400 bad request"


with section("routes"):
    for req in [{"method": "GET", "path": "/"}, {"method": "GET", "path": "/users"},
                {"method": "GET", "path": "/users/42"}, {"method": "GET", "path": "/users/x"},
                {"method": "POST", "path": "/users/"}, {"method": "DELETE", "path": "/users/0"},
                {"method": "DELETE", "path": "/users/7"}, {"method": "DELETE", "path": "/users/abc"},
                {"method": "PUT", "path": "/users/1"}, {"method": "GET", "path": "/nope"}, {"path": "/"}]:
        print(req.get("method"), req["path"], "->", route(req))
