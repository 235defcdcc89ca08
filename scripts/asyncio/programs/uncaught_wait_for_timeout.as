# wait_for on a future that never completes ends the program with TimeoutError.
import asyncio
async def forever():
    fut = asyncio.get_running_loop().create_future()
    await fut
asyncio.run(asyncio.wait_for(forever(), 0.05))
