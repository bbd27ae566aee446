import os

os.environ.setdefault("NLTK_DATA", "/work/shared/nltk_data")
