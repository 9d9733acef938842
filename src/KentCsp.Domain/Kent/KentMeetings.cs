using System.Collections.Generic;
using KentCsp.Domain.Meetings;
using KentCsp.Domain.Utility;
using NodaTime;

namespace KentCsp.Domain.Kent;

/// <summary>
/// The Kent Community Safety Partnership's meetings as their minutes record them, and the reports put to them, each
/// citing the document it comes from (see <see cref="KentSources"/>).
/// </summary>
/// <remarks>
/// <para><b>19 July 2017</b> (<see cref="KentSources.KcspMinutes2017July19"/>, minutes 148–160): every item with its
/// agenda code, title, numbered discussion points and resolutions, transcribed from the notes as printed, typing
/// included ("Ms Mookerjee" in minute 155). Two paragraphs that run across a page break (149.2 and 151.2) are joined
/// into one; the link text "this link" in minute 158 is kept without its target, which the notes do not give. Minute
/// 149 prints its resolution as a ninth numbered paragraph; here it is the item's resolution after eight discussion
/// points. Minutes 156 and 160 record only their resolutions, and minutes 157 to 159 only a summary of what was said:
/// the model holds what the notes hold and nothing more.</para>
/// <para>The notes print all thirteen items under the one heading "UNRESTRICTED ITEMS", so every item is
/// <see cref="Classification.Unrestricted"/>; restricted papers are discussed (minute 152) but none is listed. The
/// public view of this meeting is therefore the whole meeting.</para>
/// <para>Attendance is as the notes print it: names and the posts given in brackets. An attendee's organisation is
/// recorded only where a minute names it beside the person (Mr Peerbux and Ms Brinson, Kent County Council; Mr
/// Thomson, Kent Fire and Rescue Service; Mr Phillips, representing the Police and Crime Commissioner; Ms Banks, Kent
/// Police). The notes give no apologies.</para>
/// <para>The report "Kent Community Safety Agreement Update" of 19 July 2017 is linked from minute 149 (item B1). The
/// Working Group update of 15 March 2017 was a report to the previous meeting, which these notes do not refer to:
/// it is <see cref="WorkingGroupUpdate2017March15"/>, linked from no item.</para>
/// </remarks>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public static class KentMeetings
{
    private const string Kcsp = "Kent Community Safety Partnership";

    /// <summary>
    /// The report "Kent Community Safety Agreement Update" to the meeting of 19 July 2017, by the Head of Community
    /// Safety and the Community Safety Team Leader of Kent County Council, with its three recommendations (section 7).
    /// </summary>
    public static Report CsaUpdate2017July19 { get; } = new(
        ["Shafick Peerbux - Head of Community Safety, KCC", "Shirley Brinson - Community Safety Team Leader, KCC"],
        Kcsp,
        new LocalDate(2017, 7, 19),
        "Kent Community Safety Agreement Update",
        "This report includes details of the refreshed Kent Community Safety Agreement action plan and feedback on performance monitoring",
        [
            "The Kent Community Safety Partnership (KCSP) members are asked to note the changes to the draft action plan which supports delivery of the refreshed Community Safety Agreement.",
            "KCSP members are asked to provide feedback on the content and format of the draft action plan either at the meeting or via email to Shirley Brinson by 31st July 2017.",
            "KCSP members are asked to note the areas that have been highlighted, by the KCSP Working Group, with regards performance measures and the actions being taken by partners to address them.",
        ],
        "For Information",
        Classification.Unrestricted,
        KentSources.CsaUpdate2017July19);

    /// <summary>
    /// The report "Kent Community Safety Partnership Working Group Update" to the meeting of 15 March 2017, by the
    /// Chair of the KCSP Working Group and the Head of Community Safety, with its one recommendation (section 5).
    /// </summary>
    public static Report WorkingGroupUpdate2017March15 { get; } = new(
        ["Ian Thomson - Chair of the KCSP Working Group", "Shafick Peerbux - Head of Community Safety, KCC"],
        "Kent Community Safety Partnership (KCSP)",
        new LocalDate(2017, 3, 15),
        "Kent Community Safety Partnership Working Group Update",
        "This report provides an update on the key activities and projects being managed on behalf of the Kent Community Safety Partnership by the Working Group.",
        ["The Kent Community Safety Partnership (KCSP) is asked to note the progress and actions undertaken by the Working Group"],
        "For Information",
        Classification.Unrestricted,
        KentSources.WorkingGroupUpdate2017March15);

    /// <summary>
    /// The meeting of the Kent Community Safety Partnership held in the Medway Room, Sessions House, County Hall,
    /// Maidstone on 19 July 2017: minutes 148 (item A3) to 160 (item D5). All of it is sourced from the notes
    /// (<see cref="Meeting.Provenance"/>).
    /// </summary>
    public static Meeting Kcsp2017July19 { get; } = new Meeting(
        KentData.KcspId,
        Kcsp,
        new LocalDate(2017, 7, 19),
        "Medway Room, Sessions House, County Hall, Maidstone",
        new Attendance(
            [
                new Attendee("Mr P M Hill, OBE", "Chairman"),
                new Attendee("Mr Rivers", "Vice-Chairman"),
                new Attendee("Mrs H Bland"),
                new Attendee("T/Supt T Cook"),
                new Attendee("Mr T England"),
                new Attendee("Ms D Exall"),
                new Attendee("Cllr A Gulvin"),
                new Attendee("Cllr J Knight"),
                new Attendee("Mrs K Kyzer"),
                new Attendee("Ms J Leney"),
                new Attendee("Ms J Mookherjee"),
                new Attendee("Mrs A Oates"),
                new Attendee("Mr M Overbeke"),
                new Attendee("Mr J Padley"),
                new Attendee("Mr S Peerbux", null, KentOrganisations.KentCountyCouncil),
                new Attendee("Mr Robert Phillips", null, KentOrganisations.PoliceAndCrimeCommissioner),
                new Attendee("Mr D Rattray"),
                new Attendee("Mr I Thomson", null, KentOrganisations.KentFireAndRescueService),
                new Attendee("Mr N Wilkinson"),
            ],
            [
                new Attendee("Mrs E Banks", null, KentOrganisations.KentPolice),
                new Attendee("Ms S Brinson", "KCC Community Safety", KentOrganisations.KentCountyCouncil),
                new Attendee("Ms F Gaffney", "Kent Resilience Team Supervisor"),
                new Attendee("Mrs A Taylor", "Scrutiny Research Officer"),
            ],
            []),
        [
            Item(
                148,
                "A3",
                "Notes of meeting held on 15 March 2017",
                [
                    "The Chairman requested that where the minutes stated that information was available 'here' this was expanded to explain that the information could be found online.",
                    "Regarding Health Visitors in One Stop Shops, Ms Mookherjee explained that there had been an extensive review of the Health Visitors Service covering the whole of Kent. Health Visitors were a critical step in the support and treatment for men and women suffering from Domestic Abuse. There was an aim for all Health Visitors to be trained to support those suffering from Domestic Abuse and it was not considered that having specialist Health Visitors in One Stop Shops was a good use of that precious resource and that people could be referred directly to the Health Visitors.",
                ],
                new Resolution("RESOLVED that the minutes of the meeting held on 15 March were a correct record and that they be signed by the Chairman.")),
            Item(
                149,
                "B1",
                "Kent Community Safety Agreement Update",
                [
                    "Mr Peerbux (Head of Community Safety, KCC) introduced this item; this was a new Community Safety Agreement with agreed priorities. The Agreement had moved away from a 3 year strategy into a rolling strategy with elements that would be refreshed annually as appropriate. An action plan would be developed and following an internal audit review the Community Safety Agreement Actions had been updated so they were more outcome focused.",
                    "Ms Brinson (Community Safety Team Leader, KCC) explained that there were key actions to be delivered by community safety partners across the county with a number of actions ongoing. This was a living document which was still in draft, if Members had any comments or suggestions they should be submitted to the Kent Community Safety Team.",
                    "The Chairman stated that this was a comprehensive plan and invited Members to make comments.",
                    "There was a suggestion that the plan should include a reference to the joint children's and adult's Risk Threats and Vulnerabilities group and also links to the work of the Community Safety Partnerships.",
                    "The group were happy with the format and that it should be kept under constant review.",
                    "Tim Cook explained that there had been a rise in crime, particularly violence against the person but in 80% of the increase, there was no injury. This increase was a national trend and there had been changes to the ways in which crime was recorded, it was now victim oriented, and for example there could historically have been 1 crime with 32 victims, whereas now there would be 32 separate crimes which was largely why recorded crime had increased. There was also more awareness of issues such as modern slavery and human trafficking leading to a rise in non-traditional crime types. Following the HMIC inspection, much work had already been done to address the issues raised in order to reassure the public that they could be confident in the crime recording and more importantly, the quality of investigation by Kent Police, however following an internal review of the findings it was clear that appropriate safeguarding had been put in place for victims. There had previously been a removal of targets and a focus on victims. Crime recording in Kent was one of the best in the country with victims getting the right level of support but recording was not as HMIC recommended or in line with national standards. Since the inspection, crime recording had significantly improved and there was an ongoing work stream to get back to previous levels.",
                    "The Chairman commented that it was disappointing; having made such enormous progress and it looked as if recording had stepped back. He asked whether there was an internal team, which should have picked up on this issue, rather than it being raised as part of an HMIC inspection. In response it was confirmed that there was an internal team however it was considered that HMIC were applying a different stance in this inspection than previously.",
                    "The Vice-Chairman asked whether there was anyone in central government looking at the information from HMIC, Ms Banks explained that the Police Council was looking at it and questioning the legitimacy of the recording. It was important to note that whilst crime was going up commitment to victims had not changed.",
                ],
                new Resolution(
                    "RESOLVED that the Kent Community Safety members:",
                    [
                        new SubResolution('a', "note the changes to the draft action plan which supports delivery of the refreshed Community Safety Agreement."),
                        new SubResolution('b', "provide feedback on the content and format of the draft action plan via email to Shirley Brinson."),
                        new SubResolution('c', "note the areas that have been highlighted, by the KCSP Working Group, with regards to performance measures and the actions being taken by partners to address them."),
                    ]),
                CsaUpdate2017July19),
            Item(
                150,
                "B2",
                "Kent Community Safety Partnership Working Group Update",
                [
                    "Ian Thomson, Kent Fire and Rescue Service (KFRS) explained that the annual community safety conference was due to take place on the 7th November looking at working together to protect vulnerable people from organised crime. A road safety workshop had been delivered on 5th June which allowed data analysts to get together to use data more effectively to improve services. This had been a useful meeting with immediate improvements such as reinstating road traffic fatality reviews and looking at short term information reporting along with long term information reporting. The Kent Community Safety Team had also delivered a number of workshops on e-safety and Anti-Social Behaviour. Mr Thomson offered thanks to the Office of the Police and Crime Commissioner for providing funding to the KCSP of approximately £40k to support community safety projects. Funding had been allocated to three bids so far, online safety workshops, Licence to Kill presentations and scams Tru-Call devices and to fund the integrated approach to gangs training in principle whilst further discussions were undertaken.",
                    "In response to a query about why the conference had moved to the Clive Emson building on Kent County Showground, it had proved to be better value for money and could accommodate more people.",
                    "The Chairman had been to the launch of Crime Stoppers, and he asked whether it was recognised as a valuable tool for Kent police? It was considered that it did provide police with intelligence but it was not always possible to attribute success to Crime Stoppers. Crime Stoppers did receive funding from the OPCC and Kent Police.",
                ],
                new Resolution("RESOLVED that the Kent Community Safety Partnership note the progress and actions undertaken by the Working Group.")),
            Item(
                151,
                "B3",
                "Mental Health Update",
                [
                    "Mr Phillips attended the KCSP representing the Police and Crime Commissioner (PCC). Mental Health issues were a priority for the PCC, he was the deputy lead for a national group of commissioners on mental health. The PCC had a Mental Health and Policing Oversight Board, and had set up street triage teams, with a pilot in Thanet. Funding had also been made available for mental health counsellors in the force control room to support callers with mental health issues and ensure they were signposted in right direction. There were concerns around police staff and officers who regularly deal with traumatic issues, Kent Police had a feel well live well strategy. The PCC ran a Mental Health and Policing Fund for which bids were now closed, this fund had distributed over £100k across the county. The PCC had been pleased with progress but it was not possible to tackle this problem without partners.",
                    "The Chairman asked who was represented on the Mental Health and Policing Oversight Board – this would be confirmed outside of the meeting. The Group were pleased that the PCC was so committed to this agenda. It was considered to be critical.",
                    "Cllr Gulvin explained that Medway Council, with the support of other agencies, had been exploring a 'place of safety' as an alternative to a police custody suite. It was noted that the West Kent CCG was co-chairing a Crisis Care Concordat working with Kent Police with a remit to look at places of safety. Members stated that it would be useful to request a report from Crisis Care Concordat and an update on what had been achieved. The Head of Medway Community Safety formally thanked the PCC for the contribution to the Community Safety Team around this issue.",
                    "The Chairman confirmed that he was very pleased to see the progress and he would like confirmation of the membership of the Mental Health and Policing Oversight Board. The Chairman asked that a mental health update be given to the partnership at the next meeting in October.",
                ],
                new Resolution("RESOLVED that KCSP note the Mental Health Update and request a further update at the October meeting.")),
            Item(
                152,
                "B4",
                "Kent Community Safety Partnership Terms of Reference Update",
                [
                    "The Head of Community Safety explained that as a result of the recent internal audit review the team had taken the opportunity to look at the Terms of Reference (TOR) of the KCSP and updated to reflect changes to the partnership. Changes included the Domestic Homicide Review process being formally recognised in the TOR and management of funding given to the partnership by the PCC. The Membership of the group was made up of the core statutory responsible authorities. In Kent this includes all of the responsible authorities and an invitation is also extended to CSP chairs, a number of participating bodies and Medway CSP. Regarding meeting structure, there would be 3 meetings a year as a minimum, and the KCSP Working Group would support the work of the KCSP and there would also be a DHR steering group.",
                    "IT systems around partner agencies were not conducive to issuing restricted items so officers would continue to work together to determine the best way of issuing restricted papers.",
                    "The Chairman was concerned about feedback to districts, however the feeling of the group was that there was feedback, that this should be selective and attendance from districts should not overwhelm the meeting.",
                    "One KCSP Member explained that the Districts Chief Executives had had their annual away day last week. During which they discussed how to ensure that they could connect better. Generally the district's chief executives did not attend the KCSP meetings and requested that the Chair of the Kent Community Safety Partnership ask for a nominated representative from the district's Chief Executives.",
                    "Mr Wilkinson had recently been part of a peer review in Hampshire, connectivity was critical because of the many groups which exist in local authority areas.",
                    "The Kent Criminal Justice Board was also looking to identify suitable representatives from district and borough councils.",
                    "The Chairman stated that the Members attending KCSP should be of an appropriate seniority and be mandated to take appropriate decisions.",
                ],
                new Resolution(
                    "RESOLVED that:",
                    [
                        new SubResolution('a', "the KCSP Members approve the content of the revised Terms of Reference for the Kent Community Safety Partnership, subject to any changes proposed by the Partnership"),
                        new SubResolution('b', "the Chair of the KCSP write to all current members of the KCSP to formally advise them of the refreshed Terms of Reference and to request confirmation of their nominated representatives for the KCSP and its sub-groups."),
                        new SubResolution('c', "all KCSP member organisations shown in the Terms of Reference should ensure that they are signed up to the latest version of the Kent and Medway Information Sharing Agreement."),
                        new SubResolution('d', "the KCSP Working Group to review their Terms of Reference in light of the changes to the KCSP ToR and will update as appropriate."),
                        new SubResolution('e', "An annual review of the KCSP and the KCSP Working Group Terms of Reference to be included as an agenda item on both these groups at least once a year."),
                    ])),
            Item(
                153,
                "B5",
                "New Policing Model Update",
                [
                    "Ms Banks, Kent Police, gave the KCSP a presentation on the New Horizon Change Programme.",
                    "Kent Police had identified strands of vulnerability; the public protection team which was currently centrally managed would be managed locally with new teams: vulnerable child neglect/cruelty; vulnerable adult harassment and domestic abuse standard risk.",
                    "The team had looked at DHR and case reviews to understand failings to bridge gaps and ensure a more cohesive resource.",
                    "Referring to the Criminal Investigation Department: part of which was the missing and child exploitation team, determined that the link between Looked After Children and missing children was so significant that the teams were combined to give comprehensive division, in east Kent 24 officers dedicated to looking for missing children, 12 Police Community Support Officers (PCSOs) and 12 uniformed officers. Headed up by Detective Inspector, this was receiving national attention.",
                    "Specialist PCSOs – Kent had increased levels to 300 and there would be 90 specialist PCSOs, working in communities and identifying those in need of care and support. This was to ensure cross agency support. Domestic Abuse Single Point of Contact individuals would attend one stop shops.",
                    "The purpose of the New Horizon Change Programme was to put vulnerability at the heart of policing.",
                    "The Chairman stated that he understood the need for specialist PCSOs. He asked whether the PCSOs in neighbourhoods would be retained, and Ms Banks explained that Kent Police were retaining 210 PCSOs. Profiling had been undertaken to assess how many PCSOs each district should have to respond to incidents, ASB and problem solving issues within communities. Ensure consistently engagement with community which are more vulnerable. It was considered that PCSOs were successful but only if they were left in place.",
                    "One Member considered that local uniformed officers were moved around too often. To be effective PCSOs needed to be familiar with areas. Mr Cook commented that the PCSO was one element the Force had introduced to tackle issues affecting local communities and there was still a commitment to neighbourhood policing. As the Force had to match resourcing to available funding it was necessary to deploy staff in line with threat, risk and harm which meant moving staff, however delivering a quality service and focussing on vulnerability remained the priority of the force.",
                ],
                new Resolution("RESOLVED that the KCSP thank Emma Banks for the update on the New Policing Model – New Horizon Change Programme.")),
            Item(
                154,
                "B6",
                "Road Safety Update",
                [
                    "Ian Thomson, KFRS gave Members an update on Road Safety. The Kent and Medway Road Casualty Reduction Board coordinated activity in relation to that area. This Board was chaired by Tim Read (KCC) and included elected members and senior officers from Kent and Medway, Kent Police, KFRS, Highways England and PCC. There was also a Delivery Group chaired by Mark Rist (KFRS), coordinating activity to ensure delivering real impact in relation to road safety.",
                    "The Kent and Medway Road Casualty Reduction Board was following the Police Chiefs Council Road Safety Calendar for awareness campaigns. August: speed and national motorcycle week led by Kent Police and supported by partners. September: seatbelts and commercial goods vehicles, led by KCC, supported by Kent Police and KFRS and in October: trucks, buses and traffic information system for the police, a European body would be looking at improving road safety.",
                    "At the March meeting the Kent and Medway Road Casualty Reduction Board commissioned a Task and Finish Group to investigate the progress and identified four key areas: 1. Governance – there were a number of groups delivering road safety across Kent and Medway, the Board would act as coordinator for that activity; 2. Data – concern around speed of data provided to change action; 3. Funding – ensuring effective use of funding; 4. Resourcing, multi hatted officers delivering road safety.",
                    "Mr Thomson would report back to Cllr Knight following his query about West Midlands police cyclists.",
                    "The Chairman asked whether the board engaged with the public? Mr Thomson explained that there was a strong desire to communicate effectively with the public. Kent Association of Local Councils was another layer of communication. KFRS was driving a pledge, for example not getting distracted by mobile phones, use of seatbelts etc. which had over 600 members of public signed up at Kent County Show.",
                ],
                new Resolution("RESOLVED that the KCSP thank Mr Thomson for the Road Safety update.")),
            Item(
                155,
                "B7",
                "Kent Drug and Alcohol Strategy Update",
                [
                    "Ms Mookherjee explained that the KCSP had seen the Kent Drug and Alcohol Strategy in draft; this was now the completed strategy which had been signed off by the relevant cabinet member and had come back to the KCSP for final endorsement Ms Mookherjee thanked partners as this was a joint partnership strategy.",
                    "The Kent Drug and Alcohol Action Team Board will be having an extraordinary meeting to develop a robust action plan to engage all partners.",
                    "The National Drug Strategy had been published and this reflected the local strategy.",
                    "70% of people who have drug and alcohol problems also have mental health problems and this is probably understated. It was considered that mental health services should be integrated in the treatment of vulnerable people for example, those who are homeless.",
                    "The Chairman thanked Ms Mookerjee for her offer to bring the action plan back to KCSP.",
                    "The Chairman asked whether it was necessary to have a relaunch of the Kent Community Alcohol Partnerships (KCAP), this was considered to be a good idea; there was a reference to KCAP in the Community Safety Agreement Action Plan. Cllr Gulvin advised that Medway are identifying substance misuse hotspots for licensing work and is happy to share this with the partnership.",
                ],
                new Resolution("RESOLVED that Members of the KCSP note the update on the new Drug and Alcohol Strategy and that a full delivery plan will be available in August 2017.")),
            Item(
                156,
                "C1",
                "Date of next meeting",
                [],
                new Resolution("RESOLVED that Members note the date of the next meeting.")),
            Item(
                157,
                "D2",
                "PREVENT and Counter Terrorism Update",
                [
                    "Mr Wilkinson updated members on the current threat status of Counter Terrorism including Channel referrals, threat levels and learning from recent attacks.",
                    "Mrs Gaffney provided members with details of how Emergency Planning responded to the recent attacks, even those that were not local.",
                ],
                new Resolution("RESOLVED that Members note the PREVENT and Counter Terrorism Update.")),
            Item(
                158,
                "D3",
                "Response to recent events discussion",
                [
                    "Discussions between members regarding the recent events both from the emergency services but also from an emergency planning perspective.",
                    "A copy of the Emergency Planning presentation is available online via this link.",
                ],
                new Resolution("RESOLVED that KCSP Members note the response to recent events and request a report back to the KCSP at an appropriate time.")),
            Item(
                159,
                "D4",
                "Domestic Homicide Reviews (DHRs) Update",
                [
                    "Mr Peerbux (Head of Community Safety, KCC) updated Members on the status of all the active Kent and Medway DHR cases, an update from the DHR Steering Group, changes to the DHR protocols and procedures and sought agreement from the partnership on the updated Terms of Reference for the Steering Group.",
                ],
                new Resolution(
                    "RESOLVED that the KCSP:",
                    [
                        new SubResolution('a', "agree and approve the updated DHR Steering Group ToR"),
                        new SubResolution('b', "note the progress made on the DHR Cases"),
                        new SubResolution('c', "note the Kent and Medway DHR Protocols and Procedures have been updated to ensure adherence to the new statutory guidance issued by the Home Office and have been agreed by the Steering Group"),
                        new SubResolution('d', "note the DHR Seminars being planned for later this year/early next year."),
                    ])),
            Item(
                160,
                "D5",
                "Domestic Homicide Review Briefing for Elizabeth/2015",
                [],
                new Resolution("RESOLVED that the KCSP note the Domestic Homicide Review Briefing for Elizabeth/2015."))
        ],
        KentSources.KcspMinutes2017July19)
        .WithProvenance(ProvenanceRecord.Of(Provenance.Sourced(KentSources.KcspMinutes2017July19.At("minutes 148–160"))));

    /// <summary>Every built-in meeting, in date order.</summary>
    /// <value>A list built once and shared; it is never modified.</value>
    public static IReadOnlyList<Meeting> All { get; } = ValueList<Meeting>.Own([Kcsp2017July19]);

    private static AgendaItem Item(int minute, string code, string title, string[] discussionPoints, Resolution resolution, params Report[] reports) =>
        new(minute, code, title, Classification.Unrestricted, discussionPoints, [resolution], reports, KentSources.KcspMinutes2017July19.At($"minute {minute}"));
}
