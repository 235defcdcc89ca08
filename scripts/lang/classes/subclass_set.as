class Tags(set):
    def add_all(self, *items):
        for it in items:
            self.add(it)
        return self


t = Tags(["a"])
t.add_all("b", "c")
print(sorted(t), len(t), "b" in t, type(t).__name__)
print(Tags(), sorted(t | {"z"}), type(t | {"z"}).__name__, t == {"a", "b", "c"})
t.discard("a")
print(sorted(t))
