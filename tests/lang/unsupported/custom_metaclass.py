# custom metaclasses are outside the supported subset
class Meta(type):
    pass
class Model(metaclass=Meta):
    pass
