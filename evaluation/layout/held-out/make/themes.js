'use strict';
// The organisations the bundles come from, with their public contact data, and the public office holders who
// appear in them (each named only with a document date inside their term).
module.exports = {
  utrecht: {
    key: 'utrecht', date: '12 juni 2023', dateIso: '2023-06-12', org: 'Gemeente Utrecht', dept: 'Veiligheid en Handhaving',
    visit: 'Stadsplateau 1', visitPc: '3521 AZ Utrecht', postbus: 'Postbus 16200', postbusPc: '3500 CE Utrecht', tel: '14 030', web: 'www.utrecht.nl',
    domain: 'utrecht.nl', city: 'Utrecht', towns: ['Utrecht', 'Leidsche Rijn', 'Vleuten', 'De Meern', 'Overvecht'],
    holders: [['Sharon Dijksma', 'burgemeester van Utrecht'], ['Hans Oosters', 'Commissaris van de Koning in de provincie Utrecht']],
    bodies: ['Politie eenheid Midden-Nederland', 'Veiligheidsregio Utrecht', 'GGD regio Utrecht', 'Openbaar Ministerie'],
    companies: [['Festivalbureau Domstad B.V.', 'KvK 74412093'], ['Koninklijke KPN N.V.', 'KvK 02045200']],
    topic: 'het evenement Domstad Live in het Park Transwijk', subject: 'evenementenvergunning Domstad Live',
  },
  vws: {
    key: 'vws', date: '18 november 2020', dateIso: '2020-11-18', org: 'Ministerie van Volksgezondheid, Welzijn en Sport', dept: 'Directie Publieke Gezondheid',
    visit: 'Parnassusplein 5', visitPc: '2511 VX Den Haag', postbus: 'Postbus 20350', postbusPc: '2500 EJ Den Haag', tel: '070 340 79 11', web: 'www.rijksoverheid.nl/vws',
    domain: 'minvws.nl', city: 'Den Haag', towns: ['Den Haag', 'Rijswijk', 'Zoetermeer', 'Delft', 'Leidschendam'],
    holders: [['Hugo de Jonge', 'minister van Volksgezondheid, Welzijn en Sport'], ['Ferdinand Grapperhaus', 'minister van Justitie en Veiligheid'],
      ['Mark Rutte', 'minister-president'], ['Jan van Zanen', 'burgemeester van Den Haag en voorzitter van de Veiligheidsregio Haaglanden']],
    bodies: ['RIVM', 'GGD Haaglanden', 'Veiligheidsregio Haaglanden', 'GGD GHOR Nederland', 'Landelijk Coördinatiecentrum Patiënten Spreiding'],
    companies: [['Testlab Hofstad B.V.', 'KvK 80219934'], ['Zorgvervoer Haaglanden B.V.', 'KvK 27351186']],
    topic: 'de inrichting van de XL-teststraat bij de Binckhorst', subject: 'opschaling testcapaciteit GGD Haaglanden',
  },
  lnv: {
    key: 'lnv', date: '3 oktober 2023', dateIso: '2023-10-03', org: 'Ministerie van Landbouw, Natuur en Voedselkwaliteit', dept: 'Directie Stikstof en Natuur',
    visit: 'Bezuidenhoutseweg 73', visitPc: '2594 AC Den Haag', postbus: 'Postbus 20401', postbusPc: '2500 EK Den Haag', tel: '070 379 89 11', web: 'www.rijksoverheid.nl/lnv',
    domain: 'minlnv.nl', city: 'Den Haag', towns: ['Barneveld', 'Putten', 'Ermelo', 'Nijkerk', 'Scherpenzeel', 'Voorthuizen'],
    holders: [['Christianne van der Wal-Zeggelink', 'minister voor Natuur en Stikstof'], ['Piet Adema', 'minister van Landbouw, Natuur en Voedselkwaliteit'],
      ['Caroline van der Plas', 'lid van de Tweede Kamer'], ['Pieter Omtzigt', 'lid van de Tweede Kamer']],
    bodies: ['Rijksdienst voor Ondernemend Nederland', 'Provincie Gelderland', 'Nederlandse Voedsel- en Warenautoriteit', 'Tweede Kamer der Staten-Generaal'],
    companies: [['Coöperatieve Rabobank U.A.', 'KvK 30046259'], ['Veevoederbedrijf De Gelderse Vallei B.V.', 'KvK 09187723']],
    topic: 'de vrijwillige opkoopregeling voor veehouderijen bij de Veluwe (Lbv-plus)', subject: 'opkoopregeling Lbv-plus Gelderse Vallei',
  },
  ezk: {
    key: 'ezk', date: '4 april 2023', dateIso: '2023-04-04', org: 'Ministerie van Economische Zaken en Klimaat', dept: 'Directoraat-generaal Klimaat en Energie',
    visit: 'Bezuidenhoutseweg 73', visitPc: '2594 AC Den Haag', postbus: 'Postbus 20401', postbusPc: '2500 EK Den Haag', tel: '070 379 89 11', web: 'www.rijksoverheid.nl/ezk',
    domain: 'minezk.nl', city: 'Den Haag', towns: ['Tollebeek', 'Espel', 'Creil', 'Bant', 'Emmeloord'],
    holders: [['Rob Jetten', 'minister voor Klimaat en Energie'], ['Mark Harbers', 'minister van Infrastructuur en Waterstaat'], ['Vivianne Heijnen', 'staatssecretaris van Infrastructuur en Waterstaat']],
    bodies: ['Rijkswaterstaat', 'Provincie Flevoland', 'gemeente Noordoostpolder', 'Rijksdienst voor Ondernemend Nederland'],
    companies: [['Windkracht Zuidveld B.V.', 'KvK 81234567'], ['ING Bank N.V.', 'KvK 33031431']],
    topic: 'het windpark Zuidveld bij Tollebeek', subject: 'windpark Zuidveld',
  },
};
