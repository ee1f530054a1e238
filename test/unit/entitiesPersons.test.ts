// Person names in the older press: the span and the type of names that lists, registers and
// programmes print in their own ways. Every sentence was written for these tests.
import { testEntityCases, type EntityCases } from './helpers/entityCheck';

const cases: EntityCases = [
  [
    'a surname with its first name in brackets is one person; an author and his character are two',
    'Décès : Quintrec (Ernestine), à Vitré ; Pédezert (Marie-Hortense), à Dole. Croquis de Didier Stenvall (Élise) et Aurillac (Cantal).',
    ['PER:Quintrec', 'LOC:Vitré', 'PER:Pédezert', 'LOC:Dole', 'PER:Didier Stenvall', 'PER:Élise', 'LOC:Aurillac', 'LOC:Cantal'],
  ],
  [
    'a hyphen that joins a surname to the next first name parts two people, not a compound first name',
    "Récital : Octave Ravoux-Gérard Gerbier, Émile Tardy-Didier Lequerrec, avec Mme Mathilde Anne-Claire Morvan et Hervé Jean-Baptiste Fenouil à l'orgue.",
    ['PER:Octave Ravoux', 'PER:Gérard Gerbier', 'PER:Émile Tardy', 'PER:Didier Lequerrec', 'PER:Mathilde Anne-Claire Morvan', 'PER:Hervé Jean-Baptiste Fenouil'],
  ],
  [
    'capitalised words joined by du, des, de la or de before a plural make no person; after a first name or a title they do',
    'Au calendrier : Marché des Primeurs, Inauguration du Lavoir et Veillée de Contes, avec Raphaël du Verdier, M. Fauchereau de la Genevraye et Vinsonneau de Bellerive.',
    ['PER:Raphaël du Verdier', 'PER:Fauchereau de la Genevraye', 'PER:Vinsonneau de Bellerive'],
  ],
  [
    'a body after a title noun and its particle is no person: "secrétaire général de la Fédération"',
    'Le président de la Chambre des Tonneliers adressa une lettre au vicomte de Pradelles.',
    ['ORG:Chambre des Tonneliers', 'PER:de Pradelles'],
  ],
  [
    'a capitalised word that takes a noun complement is a common noun; before a verb it stays a name',
    "Petites affaires : cède Fonds de mercerie, Magasin de bonne taille. Le notaire voulut que Lhermitte de sa main signe l'acte, et somma Grandjouan de payer.",
    ['PER:Lhermitte', 'PER:Grandjouan'],
  ],
  [
    'a capitalised word without a vowel is an abbreviation, no name',
    "À céder : commode ancienne, Prx raisonnable, s'adresser Mme Castagnet, ou écrire Bdpl, chez Rioufol.",
    ['PER:Castagnet', 'PER:Rioufol'],
  ],
  [
    'an initial before a surname is no common word, though the letter stands alone in lower case elsewhere',
    'Les Girouettes, saynète signée A. Tholozan ; elle a plu au public.',
    ['PER:A. Tholozan'],
  ],
  [
    'a particle that starts a sentence is no common word of the name, though the same name writes it in lower case',
    'Le luthier van Hoorebeke fut reçu hier. Van Hoorebeke salua la foule, puis Van Ostaeyen prit la parole.',
    ['PER:van Hoorebeke', 'PER:Van Hoorebeke', 'PER:Van Ostaeyen'],
  ],
  [
    'after a title, an initial and a particle start the name',
    "Pantomime nouvelle, livret de MM. R. d'Estrelles et Pélissard ; costumes de M. P. de Monthaluc.",
    ["PER:R. d'Estrelles", 'PER:Pélissard', 'PER:P. de Monthaluc'],
  ],
  [
    'a share in a market report may carry its class in lower case or lose its comma; it is no person',
    "Marché de Glasgow (ferme) : Tarnakite, 22 ; Bismuth preferred, 88 1/4 ; Oakdale Smelters 61 ; Brixmoor ord. 14 ; Silver Crest. 5 1/8 ; l'étain : Comptant, 203 10.",
    ['LOC:Glasgow', 'ORG:Tarnakite', 'ORG:Bismuth preferred', 'ORG:Oakdale Smelters', 'ORG:Brixmoor ord', 'ORG:Silver Crest'],
  ],
  [
    'a long word in capitals with a trade or a street address in apposition is a person, as small ads sign',
    "SOINS DES YEUX. — BOUSQUETIN, docteur, consulte le mardi. S'adresser encore à LAMBLARDIE, horloger, ou à PIQUEMAL, place des Tilleuls.",
    ['PER:BOUSQUETIN', 'PER:LAMBLARDIE', 'PER:PIQUEMAL', 'LOC:place des Tilleuls'],
  ],
  [
    'an initial may stand before a particle, and after a particle it starts another name',
    'Entretien donné par R. de la Moustière. Élixir de G. T. Chaumerel, le flacon 3 francs.',
    ['PER:R. de la Moustière', 'PER:G. T. Chaumerel'],
  ],
  [
    'a noble title is no common word of the name, though the text writes it in lower case too',
    'On attendait le lord chancelier au banquet. Lord Whitcombe y vint avec Sir Edmund Pellowe.',
    ['PER:Lord Whitcombe', 'PER:Sir Edmund Pellowe'],
  ],
  [
    'a name of three hyphened capitalised parts is a firm; two parts (a place and a name: a meeting or a route as often as a firm), two surnames or a name with particles are not',
    "Les titres Krolla-Fernwerk-Gesellschaft et Bretagne-Lestrade ont progressé ; Cabrol-Dussaud s'abstint et Ahmed-Ould-Brahim rentra.",
    ['ORG:Krolla-Fernwerk-Gesellschaft', 'PER:Bretagne-Lestrade', 'PER:Cabrol-Dussaud', 'PER:Ahmed-Ould-Brahim'],
  ],
  [
    'only a person is split into the known names it joins: a firm keeps its hyphens',
    'M. Hastrup et M. Pellegay dirigent la maison. Cours : Tarnakite, 22 ; Hastrup-Pellegay, 9 ; on commente la baisse de Hastrup-Pellegay.',
    ['PER:Hastrup', 'PER:Pellegay', 'ORG:Tarnakite', 'ORG:Hastrup-Pellegay', 'ORG:Hastrup-Pellegay'],
  ],
  [
    'a name that a genre follows is the title of a work; a person with a trade in apposition stays one',
    'Cette semaine : Lucrèce, drame en 4 tableaux ; Colin et Mirette, vaudeville ; la cantatrice Juliette Rouvray, soprano.',
    ['PER:Juliette Rouvray'],
  ],
  [
    'a capitalised word before a colon and a date or a figure is a label; before words it may be a speaker',
    'Navire chargé de sel, Sortie : 9 juillet, Jauge : 640. Puis Téchené : nous verrons.',
    ['PER:Téchené'],
  ],
  [
    'in shipping news the word after a ship and its flag is the port, not a person',
    'Entrées du jour : Albatros, it., Ténès ; Pervenche, norv., Alicante. Sorti : Kermadec, all., Retour : 2 mai.',
    ['LOC:Ténès', 'LOC:Alicante'],
  ],
  [
    'a street or a site written with a capital is a place, not a person; a colonel is no site',
    'Bureaux au 14, Bd Sérurier, ensuite Avenue Lamoricière, tout près de la Place Mérindol ; le Col. Mauduit et Damien Lac sont invités.',
    ['LOC:Bd Sérurier', 'LOC:Avenue Lamoricière', 'LOC:Place Mérindol', 'PER:Mauduit', 'PER:Damien Lac'],
  ],
  [
    'in a chain of stops a listed town after one unknown word is a second stop whose comma was lost; elsewhere it stays in the name',
    'Correspondances : Cholet à Vézinière Poitiers à Châtellerault ; Juliette Angoulême, R. Béziers et Tessonneau Perpignan répondent.',
    ['LOC:Cholet', 'LOC:Vézinière', 'LOC:Poitiers', 'LOC:Châtellerault', 'PER:Juliette Angoulême', 'PER:R. Béziers', 'PER:Tessonneau Perpignan'],
  ],
  [
    'a capitalised word that a feminine adjective follows is a common noun; before a verb with its pronoun it stays a name',
    'Dépêches : ARCTIQUE (Région centrale), ensuite Province orientale ; ainsi Favrichon dut-elle partir.',
    ['LOC:ARCTIQUE', 'PER:Favrichon'],
  ],
  [
    'a name that a Roman ordinal starts numbers a work or an event, not a person',
    "Concert dominical : IIIe Sonate, ensuite Ve Rhapsodie ; à l'orgue, Raphaël IV Bastardet.",
    ['PER:Raphaël IV Bastardet'],
  ],
  [
    'a name joined by "et" to a play\'s title after a clock time is the rest of the title; after a year it is a person',
    'Spectacles : PALMARIUM, 8.15, Alcandre et Zélinde ; BERGAMOTTE, 9 h., Sganarelle. En 1908, M. Pradoux et Calvayrac ont signé.',
    ['LOC:PALMARIUM', 'LOC:BERGAMOTTE', 'PER:Pradoux', 'PER:Calvayrac'],
  ],
  [
    'after a year a name is a person; after a clock time in a programme it is a title',
    'Dès 1911, Fauvergue et Lestiboudois furent reçus. ROSERAIE, 8 h. 30, Mélusine.',
    ['PER:Fauvergue', 'PER:Lestiboudois', 'LOC:ROSERAIE'],
  ],
];

testEntityCases(cases);
