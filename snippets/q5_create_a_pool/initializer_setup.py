import sqlite3
from multiprocessing import Pool

connection = None  # one per worker process, opened by open_connection()


def open_connection(path):
    global connection
    connection = sqlite3.connect(path)  # runs once in each worker, at its start


def square_in_sql(n):
    return connection.execute("SELECT ? * ?", (n, n)).fetchone()[0]


if __name__ == "__main__":
    with Pool(processes=2, initializer=open_connection, initargs=(":memory:",)) as pool:
        print(pool.map(square_in_sql, range(6)))
