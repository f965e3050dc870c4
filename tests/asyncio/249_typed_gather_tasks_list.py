# 249_typed_gather_tasks_list: a typed course example: tasks built in a list comprehension, gathered, with a summary dict
# topic: course
import asyncio
from typing import Dict, List

async def fetch_price(symbol: str, delay: float) -> Dict[str, float]:
    await asyncio.sleep(delay)
    return {"symbol": symbol, "price": round(len(symbol) * 10.5, 2)}

async def main() -> List[Dict[str, float]]:
    symbols = ["AAPL", "GOOG", "MSFT", "IBM"]
    tasks = [asyncio.create_task(fetch_price(s, 0.1 * i), name=s) for i, s in enumerate(symbols)]
    print([t.get_name() for t in tasks])
    results = await asyncio.gather(*tasks)
    summary = {r["symbol"]: r["price"] for r in results}
    print(summary)
    return results

results = asyncio.run(main())
print(len(results), results[0])
