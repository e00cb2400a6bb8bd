import pandas as pd

from helpers.notebook.frame_sections import rename_group


def test_rename_group():
    df = pd.DataFrame({"outlet": ["a"], "group": ["(other)"], "x": [1]})
    assert list(rename_group(df, "outlet").columns) == ["outlet", "x"]
    assert rename_group(df, "outlet")["outlet"].iloc[0] == "(other)"
    assert list(rename_group(df, "bias").columns) == ["outlet", "bias", "x"]
    no_group = pd.DataFrame({"outlet": ["a"]})
    assert rename_group(no_group, "bias").equals(no_group)
