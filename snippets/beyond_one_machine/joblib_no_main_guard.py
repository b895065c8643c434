import os

from joblib import Parallel, delayed

# No `if __name__ == "__main__":` guard, on purpose: loky's workers are fresh
# interpreters that do not import this file. The function travels by value
# (cloudpickle), so this line would print again in every worker if they did.
print("the top level of this file runs")


def square(n):
    return n * n, os.getpid()


results = Parallel(n_jobs=2)(delayed(square)(n) for n in range(4))
print([value for value, _ in results])
print("ran in other processes:", all(pid != os.getpid() for _, pid in results))
