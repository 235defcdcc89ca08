# shield() keeps a payment commit running when the request is cancelled or times out.
import asyncio

ledger = []


async def commit_payment(order_id, amount):
    print(f"committing {order_id}")
    await asyncio.sleep(0.3)
    ledger.append((order_id, amount))
    print(f"committed {order_id}")
    return f"receipt-{order_id}"


async def handle_request(order_id, amount):
    try:
        receipt = await asyncio.shield(commit_payment(order_id, amount))
        print("request got", receipt)
        return receipt
    except asyncio.CancelledError:
        print(f"request {order_id} cancelled, payment continues")
        raise


async def main():
    task = asyncio.create_task(handle_request("A1", 10))
    await asyncio.sleep(0.1)
    task.cancel()
    try:
        await task
    except asyncio.CancelledError:
        print("task cancelled:", task.cancelled())
    print("ledger before:", ledger)
    await asyncio.sleep(0.5)
    print("ledger after:", ledger)

    inner = asyncio.ensure_future(commit_payment("B2", 20))
    outer = asyncio.shield(inner)
    outer.cancel()
    await asyncio.sleep(0)
    print("outer cancelled:", outer.cancelled(), "inner done:", inner.done())
    print("inner result:", await inner)

    try:
        r = await asyncio.wait_for(asyncio.shield(commit_payment("C3", 30)), timeout=0.1)
    except asyncio.TimeoutError:
        print("timed out but shielded")
    await asyncio.sleep(0.5)
    print("final ledger:", ledger)


asyncio.run(main())
