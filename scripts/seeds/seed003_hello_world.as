# Seed 003 ("Coroutines", first REPL example): asyncio.run(main()) prints hello, waits 1 s,
# prints world. The REPL echoed nothing for asyncio.run() since main() returns None;
# the script prints that None.
import asyncio
async def main():
    print('hello')
    await asyncio.sleep(1)
    print('world')
r = asyncio.run(main())
print(r)
