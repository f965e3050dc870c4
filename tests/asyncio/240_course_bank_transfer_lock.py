# 240_course_bank_transfer_lock: concurrent transfers keep the total balance only when each read-modify-write holds a Lock
# topic: course
import asyncio

class Account:
    def __init__(self, balance):
        self.balance = balance
        self.lock = asyncio.Lock()

async def unsafe_deposit(acct, amount):
    b = acct.balance
    await asyncio.sleep(0.01)
    acct.balance = b + amount

async def safe_deposit(acct, amount):
    async with acct.lock:
        b = acct.balance
        await asyncio.sleep(0.01)
        acct.balance = b + amount

async def main():
    a = Account(100)
    await asyncio.gather(*(unsafe_deposit(a, 10) for _ in range(10)))
    print("unsafe balance:", a.balance)
    b = Account(100)
    await asyncio.gather(*(safe_deposit(b, 10) for _ in range(10)))
    print("safe balance:", b.balance)
    print(b.lock, b.lock.locked())

asyncio.run(main())
