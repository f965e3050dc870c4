"""Coroscope's simulated world: coroscope.net (the network every simulated client uses) and
coroscope.streams (asyncio streams over it). See docs/SIMULATED_IO.md."""
