"""motor, simulated (Coroscope): see motor.motor_asyncio."""

version = '3.3.2'
