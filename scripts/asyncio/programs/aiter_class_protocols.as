# An async paginator class (as in API client tutorials) with __aiter__/__anext__ and early exit.
import asyncio

class Paginator:
    def __init__(self, pages):
        self.pages = pages
        self.page = 0
        self.closed = False
    def __aiter__(self):
        return self
    async def __anext__(self):
        if self.page >= len(self.pages):
            raise StopAsyncIteration
        await asyncio.sleep(0.005)
        items = self.pages[self.page]
        self.page += 1
        return items
    async def aclose(self):
        self.closed = True

async def main():
    p = Paginator([[1, 2], [3], [], [4, 5, 6]])
    total = []
    async for page in p:
        total.extend(page)
    print(total, p.page)
    p2 = Paginator([[1], [2], [3]])
    async for page in p2:
        if page == [2]:
            break
    print("stopped at page", p2.page, p2.closed)
    it = aiter(Paginator([["x"]]))
    print(await anext(it), await anext(it, "end"))

asyncio.run(main())
