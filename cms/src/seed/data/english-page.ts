/** The demo unit's English page (/en/): organisation, functions, leaders and contacts (Nghị định 42/2022). */
export const demoEnglishPage = {
  unitName: "Binh Son District People's Committee",
  description:
    "Official portal of Binh Son District People's Committee, Quang Ngai Province, Viet Nam: organisation, functions, leaders and contacts.",
  organisation: [
    "Binh Son District People's Committee is the local state administrative body of Binh Son District, Quang Ngai Province. It is elected by the District People's Council and is accountable to the Council and to the Provincial People's Committee.",
    "The Committee consists of a Chairperson, Vice-Chairpersons and members. It is assisted by specialised divisions and the Office of the District People's Council and People's Committee.",
  ].join('\n\n'),
  functions: [
    'The Committee organises the implementation of the Constitution, laws and the resolutions of the People’s Council in the district, and manages the local economy, society, budget, land, natural resources, education, health, culture and public order.',
    'It receives and answers citizens’ requests, publishes legal documents and public information, and provides public administrative services.',
  ].join('\n\n'),
  leaders: [{ name: 'Le Minh Tam', position: "Chief of the Office of the District People's Council and People's Committee, Head of the Editorial Board" }],
  address: 'Chau O Town, Binh Son District, Quang Ngai Province, Viet Nam',
  phone: '+84 255 3 851 000',
  email: 'banbientap.binhson@example.org',
};
