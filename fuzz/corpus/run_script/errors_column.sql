SELECT id,
  naem FROM author;