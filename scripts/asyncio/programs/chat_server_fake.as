# A chat server over fake connections: rooms, commands parsed with match, broadcast.
import asyncio
from collections import defaultdict

class FakeConnection:
    def __init__(self, name, script):
        self.name = name
        self.inbox = asyncio.Queue()
        self.script = list(script)
        self.received = []

    async def readline(self):
        await asyncio.sleep(0.002)
        if not self.script:
            return ""
        return self.script.pop(0) + "\n"

    async def write(self, msg):
        self.received.append(msg)

class ChatServer:
    def __init__(self):
        self.clients = {}
        self.rooms = defaultdict(set)

    async def broadcast(self, room, sender, text):
        for name in sorted(self.rooms[room]):
            if name != sender:
                await self.clients[name].write(f"[{room}] {sender}: {text}")

    async def handle(self, conn):
        self.clients[conn.name] = conn
        room = "lobby"
        self.rooms[room].add(conn.name)
        try:
            while True:
                line = await conn.readline()
                if not line:
                    break
                line = line.rstrip("\n")
                match line.split(maxsplit=1):
                    case ["/join", newroom]:
                        self.rooms[room].discard(conn.name)
                        room = newroom
                        self.rooms[room].add(conn.name)
                        await conn.write(f"joined {room}")
                    case ["/quit"]:
                        break
                    case ["/who"]:
                        await conn.write("who: " + ", ".join(sorted(self.rooms[room])))
                    case [cmd, *_] if cmd.startswith("/"):
                        await conn.write(f"unknown command {cmd}")
                    case _:
                        await self.broadcast(room, conn.name, line)
        finally:
            self.rooms[room].discard(conn.name)
            print(f"{conn.name} disconnected from {room}")

async def main():
    server = ChatServer()
    alice = FakeConnection("alice", ["hi all", "/who", "/join dev", "anyone?", "/quit"])
    bob = FakeConnection("bob", ["hello alice", "/join dev", "/nope", "yes me", "bye"])
    carol = FakeConnection("carol", ["/who", "quiet"])
    await asyncio.gather(server.handle(alice), server.handle(bob), server.handle(carol))
    for c in (alice, bob, carol):
        print(c.name, c.received)
    print({k: sorted(v) for k, v in server.rooms.items()})

asyncio.run(main())
