# A retry loop for a flaky connection, catching the ConnectionError family.
import asyncio

attempts = {"n": 0}

async def connect(host):
    attempts["n"] += 1
    await asyncio.sleep(0.01)
    if attempts["n"] == 1:
        raise ConnectionRefusedError(111, "Connection refused")
    if attempts["n"] == 2:
        raise ConnectionResetError("peer reset the connection")
    if attempts["n"] == 3:
        raise TimeoutError("timed out")
    return f"connected to {host}"

async def with_retries(host, tries=5):
    for i in range(tries):
        try:
            return await connect(host)
        except ConnectionError as e:
            print(f"attempt {i + 1}: {type(e).__name__}: {e} (errno={e.errno})")
        except TimeoutError as e:
            print(f"attempt {i + 1}: timeout: {e}")
    raise ConnectionError("gave up")

print(asyncio.run(with_retries("db.local")))
