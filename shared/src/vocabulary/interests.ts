/** Interest groups, in the order people see them. */
export const INTEREST_GROUPS = [
  { id: 'arts-crafts', label: 'Arts and crafts' },
  { id: 'music', label: 'Music' },
  { id: 'movement', label: 'Movement and sport' },
  { id: 'nature', label: 'Nature and gardening' },
  { id: 'food', label: 'Food and drink' },
  { id: 'games', label: 'Games and puzzles' },
  { id: 'reading-writing', label: 'Reading and writing' },
  { id: 'faith-culture', label: 'Faith and culture' },
  { id: 'history', label: 'History and heritage' },
  { id: 'animals', label: 'Animals' },
  { id: 'technology', label: 'Technology' },
  { id: 'screen', label: 'TV, film and radio' },
  { id: 'conversation', label: 'Conversation and community' },
] as const;
export type InterestGroupId = (typeof INTEREST_GROUPS)[number]['id'];

/**
 * The curated interests. `phrase` completes "You both enjoy …", so explanations read naturally.
 * Ids are stable: they are stored, so never rename one; retire it instead.
 */
export const INTERESTS = [
  { id: 'knitting', group: 'arts-crafts', label: 'Knitting and crochet', phrase: 'knitting and crochet' },
  { id: 'painting', group: 'arts-crafts', label: 'Painting and drawing', phrase: 'painting and drawing' },
  { id: 'sewing', group: 'arts-crafts', label: 'Sewing and quilting', phrase: 'sewing and quilting' },
  { id: 'pottery', group: 'arts-crafts', label: 'Pottery', phrase: 'pottery' },
  { id: 'photography', group: 'arts-crafts', label: 'Photography', phrase: 'photography' },
  { id: 'woodwork', group: 'arts-crafts', label: 'Woodwork and DIY', phrase: 'woodwork and DIY' },
  { id: 'crafts', group: 'arts-crafts', label: 'Other crafts', phrase: 'crafts' },
  { id: 'singing', group: 'music', label: 'Singing and choirs', phrase: 'singing' },
  { id: 'playing-music', group: 'music', label: 'Playing an instrument', phrase: 'playing music' },
  { id: 'listening-music', group: 'music', label: 'Listening to music', phrase: 'listening to music' },
  { id: 'classical-music', group: 'music', label: 'Classical music', phrase: 'classical music' },
  { id: 'brass-bands', group: 'music', label: 'Brass bands', phrase: 'brass bands' },
  { id: 'walking', group: 'movement', label: 'Walking', phrase: 'walking' },
  { id: 'gentle-exercise', group: 'movement', label: 'Gentle exercise and chair exercise', phrase: 'gentle exercise' },
  { id: 'swimming', group: 'movement', label: 'Swimming', phrase: 'swimming' },
  { id: 'dancing', group: 'movement', label: 'Dancing', phrase: 'dancing' },
  { id: 'yoga', group: 'movement', label: 'Yoga and tai chi', phrase: 'yoga and tai chi' },
  { id: 'football', group: 'movement', label: 'Football', phrase: 'football' },
  { id: 'cricket', group: 'movement', label: 'Cricket', phrase: 'cricket' },
  { id: 'bowls', group: 'movement', label: 'Bowls', phrase: 'bowls' },
  { id: 'watching-sport', group: 'movement', label: 'Watching sport', phrase: 'watching sport' },
  { id: 'gardening', group: 'nature', label: 'Gardening', phrase: 'gardening' },
  { id: 'allotments', group: 'nature', label: 'Allotments and growing food', phrase: 'growing food' },
  { id: 'birdwatching', group: 'nature', label: 'Birdwatching', phrase: 'birdwatching' },
  { id: 'countryside', group: 'nature', label: 'The countryside', phrase: 'the countryside' },
  { id: 'wildlife', group: 'nature', label: 'Wildlife', phrase: 'wildlife' },
  { id: 'cooking', group: 'food', label: 'Cooking', phrase: 'cooking' },
  { id: 'baking', group: 'food', label: 'Baking', phrase: 'baking' },
  { id: 'eating-out', group: 'food', label: 'Cafés and eating out', phrase: 'cafés and eating out' },
  { id: 'lunch-clubs', group: 'food', label: 'Lunch clubs', phrase: 'lunch clubs' },
  { id: 'card-games', group: 'games', label: 'Card games', phrase: 'card games' },
  { id: 'board-games', group: 'games', label: 'Board games', phrase: 'board games' },
  { id: 'chess', group: 'games', label: 'Chess and draughts', phrase: 'chess' },
  { id: 'crosswords', group: 'games', label: 'Crosswords and word puzzles', phrase: 'crosswords' },
  { id: 'jigsaws', group: 'games', label: 'Jigsaws', phrase: 'jigsaws' },
  { id: 'quizzes', group: 'games', label: 'Quizzes', phrase: 'quizzes' },
  { id: 'bingo', group: 'games', label: 'Bingo', phrase: 'bingo' },
  { id: 'reading', group: 'reading-writing', label: 'Reading', phrase: 'reading' },
  { id: 'book-clubs', group: 'reading-writing', label: 'Book clubs', phrase: 'book clubs' },
  { id: 'poetry', group: 'reading-writing', label: 'Poetry', phrase: 'poetry' },
  { id: 'creative-writing', group: 'reading-writing', label: 'Creative writing', phrase: 'writing' },
  { id: 'letter-writing', group: 'reading-writing', label: 'Writing letters', phrase: 'writing letters' },
  { id: 'faith', group: 'faith-culture', label: 'Faith and worship', phrase: 'faith and worship' },
  { id: 'languages', group: 'faith-culture', label: 'Languages', phrase: 'languages' },
  { id: 'travel', group: 'faith-culture', label: 'Travel and other cultures', phrase: 'travel' },
  { id: 'theatre', group: 'faith-culture', label: 'Theatre', phrase: 'theatre' },
  { id: 'museums', group: 'faith-culture', label: 'Museums and galleries', phrase: 'museums and galleries' },
  { id: 'local-history', group: 'history', label: 'Local history', phrase: 'local history' },
  { id: 'family-history', group: 'history', label: 'Family history', phrase: 'family history' },
  { id: 'military-history', group: 'history', label: 'Military history', phrase: 'military history' },
  { id: 'reminiscence', group: 'history', label: 'Sharing memories', phrase: 'sharing memories' },
  { id: 'dogs', group: 'animals', label: 'Dogs', phrase: 'dogs' },
  { id: 'cats', group: 'animals', label: 'Cats', phrase: 'cats' },
  { id: 'horses', group: 'animals', label: 'Horses', phrase: 'horses' },
  { id: 'pets', group: 'animals', label: 'Other pets', phrase: 'pets' },
  { id: 'computers', group: 'technology', label: 'Computers and the internet', phrase: 'computers' },
  { id: 'smartphones', group: 'technology', label: 'Smartphones and tablets', phrase: 'smartphones and tablets' },
  { id: 'trains', group: 'technology', label: 'Trains and transport', phrase: 'trains' },
  { id: 'cars', group: 'technology', label: 'Cars and motorbikes', phrase: 'cars and motorbikes' },
  { id: 'films', group: 'screen', label: 'Films', phrase: 'films' },
  { id: 'tv-drama', group: 'screen', label: 'TV dramas and soaps', phrase: 'TV dramas' },
  { id: 'documentaries', group: 'screen', label: 'Documentaries', phrase: 'documentaries' },
  { id: 'radio', group: 'screen', label: 'Radio and podcasts', phrase: 'the radio' },
  { id: 'chatting', group: 'conversation', label: 'A good chat', phrase: 'a good chat' },
  { id: 'current-affairs', group: 'conversation', label: 'News and current affairs', phrase: 'talking about the news' },
  { id: 'volunteering', group: 'conversation', label: 'Helping in the community', phrase: 'helping in the community' },
] as const satisfies ReadonlyArray<{ id: string; group: InterestGroupId; label: string; phrase: string }>;

export type InterestId = (typeof INTERESTS)[number]['id'];
export type Interest = (typeof INTERESTS)[number];

const interestById = new Map<string, Interest>(INTERESTS.map((i) => [i.id, i]));

export function isInterestId(value: string): value is InterestId {
  return interestById.has(value);
}

/** The interest with this id; throws for an unknown id, which is a programming error. */
export function interest(id: InterestId): Interest {
  const found = interestById.get(id);
  if (!found) throw new Error(`Unknown interest ${id}`);
  return found;
}
