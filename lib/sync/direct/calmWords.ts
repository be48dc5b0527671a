import { wordlist } from '@scure/bip39/wordlists/english.js';

/**
 * The 2,048 words the confirmation phrase is made of (2^11, so each word
 * carries exactly 11 bits). First the BIP-39 English list (2,048 short,
 * common words, each fixed by its first four letters, frozen by the
 * standard; MIT via @scure/bip39, pinned) without the words that do not
 * belong in a calm check between people who may be talking about their
 * boundaries: harm, weapons, crime, illness, addiction, blame, loneliness,
 * bodies, romance and break-ups, insults, and a few that are not everyday
 * ("satoshi"). That leaves 1,842; SUPPLEMENT adds 206 hand-picked words
 * (nature, food, colours, animals, music, places), each also unlike every
 * other word of the list in its first four letters.
 *
 * Both sides must hold the same list in the same order, or honest people
 * see different words: tests/unit/sync/direct/confirmPhrase.test.ts pins its
 * length and a known phrase, so any edit here is a deliberate one.
 *
 * The extension does not ship this file as written: its build runs it and
 * ships the resulting list, front-coded (scripts/frontCodedCalmWords.ts).
 */
const AVOID = new Set(
  `abandon abuse accident accuse addict adult affair afraid alarm alcohol alien alone anger angry anxiety argue
  armed armor army arrest assault asthma attack awful awkward bachelor battle betray bitter blade blame blast bleak
  blind blood body bomb boring broken bullet bunker burden cage cannon casino chaos cheap chronic cigar clinic clown
  crash crazy crime critic cruel crush cry damage danger debris demise denial deny despair destroy dilemma dirt
  disagree disease disorder divorce dizzy dose drama drastic dumb dwarf enemy erupt error evil execute exhaust exile
  expire faint false fat fatal fatigue fault female fever flee fury garbage ghost gloom gossip grief grunt guilt gun
  harsh hazard horror hospital hunt hurt husband illegal illness ill inflict inject injury inmate insane isolate
  jealous junk kidney kiss knife lawsuit liar lonely lottery mad marriage misery mistake monster naive nasty
  negative neglect nuclear odor oppose orphan panic penalty pill pistol police poverty prison punch reject regret
  rifle riot rival romance rude sad sadness satoshi scare secret shock shoot shove sick siege skull slam soldier spy
  struggle suffer suspect swear sword symptom tobacco toilet tragic trap trash trigger trouble ugly unfair unhappy
  upset useless vicious virus void warfare warrior waste weapon weasel wedding weird whip wife witness worry wreck
  wrestle wrong`.split(/\s+/),
);

// Four words (docs/ui-contract.md) need 2^11 words for 44 bits: 206 calm words, none in BIP-39, make up the 2,048.
const SUPPLEMENT = `acacia acorn alpaca amber atlas aurora avenue azalea azure bagel bakery banjo barley barn begonia biscuit bison
  bobbin bonsai bowl bucket cadence caramel caribou cedar cello cheddar chipmunk chive chorus clover cobalt
  cobbler crayon crocus cumin dahlia daisy delta drizzle duet dumpling easel eclipse egret elk ember encore
  estuary falcon fennel fern ferry fiddle finch flurry flute freesia fudge garnet gecko gelato geranium gerbil
  geyser glacier goblet gondola gopher grove guava harmony hawthorn hazel heather hibiscus icicle igloo iguana
  inlet iris ivy jade jam jasmine jasper jetty kale kayak kazoo kettle koala ladle lagoon lane lantern lattice
  lavender leek lemur lentil lilac lily llama lodge lotus lullaby macaw magenta magpie marmot maroon marzipan
  meerkat mellow mesa mitten mosaic moss myrtle nebula nectar nougat nutmeg oboe ocelot octave onyx orca oregano
  osprey pancake paprika parsley pasta pebble pecan petunia piccolo pickle pie plaza plum poodle popcorn porridge
  praline puffin quail quilt quince redwood reed reef riddle risotto robin ruby rudder russet saffron sage satchel
  seahorse sepia sesame sienna skylark sonata sorbet spruce stew sunrise sycamore taco tahini tea teapot tempo
  terrace thimble topaz toucan treble trellis trio trowel truffle tulip tundra twilight ukulele vineyard waffle
  walrus waltz wharf wisteria wombat wren yak yarrow yogurt zephyr zinnia zipper`.split(/\s+/);

export const CALM_WORDS: readonly string[] = [...wordlist.filter((word) => !AVOID.has(word)), ...SUPPLEMENT];

/** For the test that every avoided word is one of the list's (a typo would silently keep a word). */
export const avoidedWords = (): readonly string[] => [...AVOID];

/** For the test that every added word is new to the list and shaped like the rest. */
export const supplementWords = (): readonly string[] => [...SUPPLEMENT];
