import pickle
from multiprocessing import Pool


class ParseError(Exception):
    def __init__(self, line, text):
        super().__init__(f"line {line}: cannot parse {text!r}")
        self.line = line
        self.text = text

    def __reduce__(self):
        # How pickle rebuilds it: ParseError(line, text), not ParseError(message)
        return ParseError, (self.line, self.text)


def parse(text):
    if not text.isdigit():
        raise ParseError(2, text)
    return int(text)


if __name__ == "__main__":
    # Test the round trip in one process, before a pool depends on it
    copy = pickle.loads(pickle.dumps(ParseError(2, "two")))
    print(f"round trip: {copy!r}, line {copy.line}")

    with Pool(processes=2) as pool:
        try:
            pool.map(parse, ["1", "two"])
        except ParseError as exc:
            print(f"Pool: ParseError: {exc}")
