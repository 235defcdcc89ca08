# An audit-logging list: a UserList subclass that records every mutation. Slicing, + and *
# return the subclass; sort, index, count and comparisons work on the wrapped list.
from collections import UserList
from collections.abc import MutableSequence, Sequence


class AuditedList(UserList):
    log = []

    def append(self, item):
        AuditedList.log.append(("append", item))
        super().append(item)

    def __setitem__(self, index, value):
        AuditedList.log.append(("set", index, value))
        super().__setitem__(index, value)

    def __delitem__(self, index):
        AuditedList.log.append(("del", index))
        super().__delitem__(index)


tasks = AuditedList(["write", "test"])
tasks.append("ship")
tasks[0] = "design"
del tasks[1]
tasks.insert(1, "review")
tasks.extend(["deploy", "celebrate"])
tasks += ["rest"]
print(tasks, len(tasks), tasks.data)
for entry in AuditedList.log:
    print("  audit:", entry)

head = tasks[:2]
print(head, type(head).__name__, tasks[-1], tasks[::2])
both = tasks + ["extra"]
print(type(both).__name__, both[-1], type(["first"] + tasks).__name__)
print(type(tasks * 2).__name__, len(2 * tasks), (tasks * 0).data)
print(tasks.index("ship"), tasks.count("rest"), "review" in tasks, "nap" in tasks)
try:
    tasks.index("nap")
except ValueError as e:
    print("ValueError:", e)
try:
    tasks.remove("nap")
except ValueError as e:
    print("ValueError:", e)
try:
    tasks[99]
except IndexError as e:
    print("IndexError:", e)

tasks.sort()
print(tasks)
tasks.sort(key=len, reverse=True)
print(tasks)
tasks.reverse()
print(tasks, list(reversed(tasks))[:2])
print(tasks.pop(), tasks.pop(0), tasks)

nums = UserList([3, 1, 2])
print(nums < [3, 2], nums == [3, 1, 2], nums == UserList([3, 1, 2]), nums >= UserList([3]))
print(nums != [1], [3, 1, 2] == nums, sorted(nums), sum(nums), max(nums), min(nums))
try:
    nums < 3
except TypeError as e:
    print("TypeError:", e)
try:
    hash(nums)
except TypeError as e:
    print("TypeError:", e)
nums *= 2
print(nums, nums.copy(), type(nums.copy()).__name__)
nums[1:3] = [9, 9, 9]
print(nums)
del nums[::2]
print(nums, bool(nums), bool(UserList()))
nums.clear()
print(nums, UserList("abc"), UserList((1, 2)) + (3,), UserList(range(3)) + range(3, 5))
print(isinstance(nums, MutableSequence), isinstance(nums, Sequence), isinstance(nums, list))
print(repr(UserList([UserList([1]), "a"])), str(UserList([1.5])))
