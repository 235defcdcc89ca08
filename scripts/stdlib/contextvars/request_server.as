# A simulated asyncio server: each request runs in its own task, and the request id set in
# that task shows up in every log line of the request without being passed around.
import asyncio
import contextvars

request_id = contextvars.ContextVar("request_id", default="no-request")
log_lines = []


def log(msg):
    log_lines.append(f"[{request_id.get()}] {msg}")


async def query_db(sql, delay):
    log(f"db: {sql}")
    await asyncio.sleep(delay)
    return len(sql)


async def handle(path, delay):
    request_id.set(f"req-{path.strip('/')}")
    log(f"start {path}")
    rows = await query_db(f"SELECT * FROM {path.strip('/')}", delay)
    log(f"done {path} rows={rows}")
    return request_id.get()


async def main():
    log("server starting")
    ids = await asyncio.gather(handle("/users", 0.03), handle("/orders", 0.01), handle("/items", 0.02))
    log("server stopping")
    print(ids)
    for line in log_lines:
        print(line)
    print("main still sees:", request_id.get())


asyncio.run(main())
