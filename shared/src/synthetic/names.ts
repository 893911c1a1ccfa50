/** Common first names and surnames in England, for generated people. */
export const FIRST_NAMES = [
  'Margaret', 'Derek', 'Joan', 'Kwame', 'Helen', 'Arthur', 'Aisha', 'Gareth', 'Priya', 'Sam', 'Megan', 'Tom', 'Olivia',
  'Amelia', 'Isla', 'Ava', 'Mohammed', 'Noah', 'Oliver', 'George', 'Leo', 'Harry', 'Jack', 'Freya', 'Lily', 'Grace',
  'Susan', 'Patricia', 'Barbara', 'Christine', 'Brian', 'David', 'John', 'Peter', 'Michael', 'Anne', 'Janet', 'Irene',
  'Dorothy', 'Kenneth', 'Raymond', 'Stanley', 'Eileen', 'Maureen', 'Sandra', 'Fatima', 'Imran', 'Bilal', 'Zainab',
  'Wojciech', 'Agnieszka', 'Chloe', 'Sophie', 'Ruth', 'Alan', 'Colin', 'Gwen', 'Rhys', 'Siobhan', 'Declan', 'Niamh',
] as const;

export const SURNAMES = [
  'Smith', 'Jones', 'Taylor', 'Brown', 'Williams', 'Wilson', 'Johnson', 'Davies', 'Patel', 'Wright', 'Robinson', 'Thompson',
  'Evans', 'Walker', 'White', 'Roberts', 'Green', 'Hall', 'Wood', 'Jackson', 'Clarke', 'Hussain', 'Khan', 'Ali', 'Ahmed',
  'Sutcliffe', 'Holroyd', 'Ackroyd', 'Greenwood', 'Crossley', 'Pickles', 'Mitchell', 'Shaw', 'Barker', 'Nowak', 'Kowalski',
  'Okafor', 'Mensah', 'Begum', 'Lister', 'Hughes', 'Brooke', 'Rahman', 'Shah', 'Murphy', 'Kelly', 'Lewis', 'Morgan',
] as const;
