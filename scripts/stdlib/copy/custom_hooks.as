# Classes that control their own copying with __copy__ and __deepcopy__ (memo is passed on).
import copy

class Connection:
    count = 0

    def __init__(self, dsn):
        Connection.count += 1
        self.dsn = dsn
        self.id = Connection.count

    def __repr__(self):
        return f"Connection#{self.id}({self.dsn})"

class Repository:
    def __init__(self, conn):
        self.conn = conn
        self.cache = {}

    def __copy__(self):
        print("Repository.__copy__")
        clone = Repository(self.conn)
        clone.cache = self.cache
        return clone

    def __deepcopy__(self, memo):
        print("Repository.__deepcopy__ memo is a", type(memo).__name__)
        clone = Repository(self.conn)  # connections are shared, never duplicated
        clone.cache = copy.deepcopy(self.cache, memo)
        return clone

repo = Repository(Connection("db://main"))
repo.cache["users"] = ["ann"]
a = copy.copy(repo)
b = copy.deepcopy(repo)
repo.cache["users"].append("ben")
print(a.conn, a.cache, b.conn, b.cache, b.conn is repo.conn, Connection.count)
