# a small object-oriented scenario
class InsufficientFunds(Exception):
    def __init__(self, needed):
        super().__init__(f"need {needed} more")
        self.needed = needed
class Account:
    def __init__(self, owner, balance=0):
        self.owner = owner
        self._balance = balance
        self.history = []
    @property
    def balance(self):
        return self._balance
    def deposit(self, amount):
        if amount <= 0:
            raise ValueError("amount must be positive")
        self._balance += amount
        self.history.append(("deposit", amount))
        return self
    def withdraw(self, amount):
        if amount > self._balance:
            raise InsufficientFunds(amount - self._balance)
        self._balance -= amount
        self.history.append(("withdraw", amount))
        return self
    def __repr__(self):
        return f"Account({self.owner!r}, balance={self._balance})"
acct = Account("ada").deposit(100).withdraw(30)
print(acct, acct.history)
for op, amt in [("withdraw", 500), ("deposit", -5)]:
    try:
        getattr(acct, op)(amt)
    except (InsufficientFunds, ValueError) as e:
        print(type(e).__name__, e)
print(acct.balance)
