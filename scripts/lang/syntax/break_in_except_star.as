# break may not leave an except* clause (it may leave a loop inside one).
for i in range(3):
    try:
        raise ExceptionGroup("g", [ValueError(i)])
    except* ValueError:
        for j in range(2):
            break
        break
