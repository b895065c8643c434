from multiprocessing import Process, current_process


def greet(greeting, name, punctuation="."):
    me = current_process()  # in the child: the Process object it runs as
    print(f"{me.name} (daemon={me.daemon}): {greeting}, {name}{punctuation}")


if __name__ == "__main__":
    p = Process(
        target=greet,
        args=("Hello", "Ada"),  # a tuple: ("Ada") would be a string
        kwargs={"punctuation": "!"},
        name="greeter",
        daemon=True,
    )
    p.start()  # the child calls greet("Hello", "Ada", punctuation="!")
    p.join()  # wait until it has ended
    print(f"{p.name} ended with exit code {p.exitcode}")
    p.name = "renamed"  # only a label: the parent's copy changes
    print("now called", p.name)
    try:
        p.start()  # a Process object runs once
    except AssertionError as e:
        print("AssertionError:", e)
