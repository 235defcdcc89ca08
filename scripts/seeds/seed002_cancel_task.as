# Seed 002 ("Canceling a Task"): the worker is cancelled during sleep(10), its except block awaits
# a 1 s cleanup, finally runs, and main sees CancelledError when awaiting the task.
# The seed's claimed output is wrong about the order (see docs/seeds.md): the worker only starts
# when main() first awaits, and main prints "Awaiting task..." before the worker reacts.
# sleep(10) is kept: it is cancelled after 2 s, so it never costs 10 s.
import asyncio
import time

async def worker_task(name):
    print(f"[{name}] Task started.")
    try:
        # Simulate a long-running, awaitable operation
        await asyncio.sleep(10)
        print(f"[{name}] Task finished successfully.")
    except asyncio.CancelledError:
        print(f"[{name}] Cancellation received. Performing cleanup...")
        # Optional: A brief sleep to simulate cleanup time
        await asyncio.sleep(1)
        print(f"[{name}] Cleanup complete. The task is now cancelled.")
    finally:
        print(f"[{name}] Exiting gracefully.")

async def main():
    # Create the task
    print("[Main] Creating and scheduling the task.")
    my_task = asyncio.create_task(worker_task("Worker-1"))

    # Wait for a brief moment before cancelling
    print("[Main] Waiting 2 seconds before cancelling.")
    await asyncio.sleep(2)

    # Cancel the task
    print("[Main] Requesting task cancellation.")
    my_task.cancel()

    # Wait for the task to fully terminate
    try:
        print("[Main] Awaiting task to confirm cancellation.")
        await my_task
    except asyncio.CancelledError:
        print("[Main] Task has been confirmed as cancelled.")
    print("[Main] cancelled() =", my_task.cancelled())

asyncio.run(main())
