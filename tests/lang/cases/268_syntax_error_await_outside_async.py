# SyntaxError: 'await' outside async function
def f():
    await g()
