# order of except/else/finally blocks
def run(fail):
    try:
        print("try")
        if fail:
            raise ValueError
    except ValueError:
        print("except")
    else:
        print("else")
    finally:
        print("finally")
run(False)
run(True)
