# 203_docs_loop_call_soon_hello: the event loop docs' Hello World with call_soon and run_forever, stopped by the callback
# topic: loop
import asyncio

def hello_world(loop):
    """A callback to print 'Hello World' and stop the event loop"""
    print('Hello World')
    loop.stop()

loop = asyncio.new_event_loop()

# Schedule a call to hello_world()
loop.call_soon(hello_world, loop)

# Blocking call interrupted by loop.stop()
try:
    loop.run_forever()
finally:
    loop.close()
print(loop.is_closed(), loop.is_running())
