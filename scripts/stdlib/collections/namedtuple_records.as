from collections import namedtuple

Employee = namedtuple("Employee", "name dept salary")
staff = [Employee("Ann", "eng", 120), Employee("Bo", "ops", 90), Employee("Cy", "eng", 105)]
for e in sorted(staff, key=lambda e: -e.salary):
    print(f"{e.name:4} {e.dept:4} {e.salary}")
print(staff[0], staff[0]._asdict())
raise_ = staff[1]._replace(salary=95)
print(raise_, staff[1])
print(Employee._fields, Employee._make(["Di", "hr", 70]))
print(Employee, Employee.__name__, Employee.__doc__)
print(isinstance(staff[0], tuple), staff[0] == ("Ann", "eng", 120), len(staff[0]))
name, dept, salary = staff[2]
print(name, dept, salary, staff[2][1], staff[2][-1])
print(Employee.name, Employee.salary.__doc__)
