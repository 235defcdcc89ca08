# Checks: an AttributeError raised inside a method call on None, uncaught.
class Node:
    def __init__(self, value, next=None):
        self.value = value
        self.next = next
    def third_value(self):
        return self.next.next.value
a = Node(1, Node(2, Node(3)))
print(a.third_value())
b = Node(1, Node(2))
print(b.third_value())
