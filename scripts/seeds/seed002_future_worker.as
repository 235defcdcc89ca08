# Seed 002 ("Futures", Example: Manual Creation and Use): main() awaits a bare Future that a
# worker task fulfils with set_result() after 2 s.
import asyncio

async def worker(future):
    """
    Simulates an operation that takes time and then sets a result on a Future.
    """
    print("Worker: Starting long operation...")
    await asyncio.sleep(2)  # Simulate I/O work
    print("Worker: Operation complete. Setting result on Future.")
    # Set the result on the future, fulfilling the promise
    future.set_result("Data successfully processed!")

async def main():
    # Create an empty Future object
    my_future = asyncio.Future()
    print("Main: done() before:", my_future.done())

    # Create a task to run the worker and pass the Future to it
    awaitable_task = asyncio.create_task(
        worker(my_future)
    )

    print("Main: Waiting for the Future to have a result...")
    # Await the Future directly. This pauses main() until the result is set.
    result = await my_future

    print(f"Main: Future's result is: '{result}'")
    print("Main: done() after:", my_future.done(), "task done:", awaitable_task.done())
    await awaitable_task
    print("Main: task done:", awaitable_task.done())

# Run the main coroutine
asyncio.run(main())
