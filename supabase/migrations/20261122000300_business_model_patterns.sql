-- The 55 patterns of Gassmann's St. Gallen Business Model Navigator.
create table public.business_model_patterns (
  id smallint primary key check (id between 1 and 99),
  slug text not null unique check (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
  name text not null unique,
  description text not null
);
comment on table public.business_model_patterns is 'Business Model Navigator patterns (Gassmann et al.) that outcomes and use cases cite.';

alter table public.business_model_patterns enable row level security;

create policy "Anyone reads business model patterns"
  on public.business_model_patterns for select to anon, authenticated
  using (true);
-- Reference data: changed by migrations and seed only.

-- The catalogue itself. Names follow the Navigator; descriptions are our own
-- one-line summaries, each with a hint of how a city might apply the pattern.
insert into public.business_model_patterns (id, slug, name, description) values
  (1, 'add-on', 'Add-on', 'A low-priced core offer with paid extras, e.g. a free parking app where reserved spaces or alerts cost a little more.'),
  (2, 'affiliation', 'Affiliation', 'Earn a commission for sending users to partners, e.g. a city portal that refers visitors to local tourism providers.'),
  (3, 'aikido', 'Aikido', 'Turn a rival''s strength into a weakness by offering the opposite, e.g. a radically simple city service where others pile on features.'),
  (4, 'auction', 'Auction', 'Let bidders set the price of something scarce, e.g. tendering kerb space, advertising sites or concessions to the best offer.'),
  (5, 'barter', 'Barter', 'Exchange goods or services without money, e.g. a sponsor runs public Wi-Fi in return for visibility in the city.'),
  (6, 'cash-machine', 'Cash machine', 'Get paid by customers before paying suppliers, e.g. prepaid transport cards whose balances fund operations.'),
  (7, 'cross-selling', 'Cross-selling', 'Offer related products next to the core one, e.g. bundling bike or car sharing with a transit pass in one app.'),
  (8, 'crowdfunding', 'Crowdfunding', 'Many small backers pay for a project upfront, e.g. residents co-financing a solar roof or a neighbourhood square.'),
  (9, 'crowdsourcing', 'Crowdsourcing', 'Hand tasks or ideas to a large crowd, e.g. citizens reporting street defects or proposing services in open calls.'),
  (10, 'customer-loyalty', 'Customer loyalty', 'Reward repeat use to keep people coming back, e.g. a city card that earns points on transport and at cultural venues.'),
  (11, 'digitisation', 'Digitisation', 'Turn a physical product or process into a digital one, e.g. moving permits and forms into an online one-stop service.'),
  (12, 'direct-selling', 'Direct selling', 'Sell without intermediaries to keep margin and contact, e.g. a municipal utility selling green energy straight to residents.'),
  (13, 'e-commerce', 'E-commerce', 'Sell and deliver through online channels, e.g. a web shop for tickets, permits and city-branded products.'),
  (14, 'experience-selling', 'Experience selling', 'Wrap a product in an experience that justifies a higher price, e.g. heritage walks guided by augmented reality.'),
  (15, 'flat-rate', 'Flat rate', 'One fixed price for unlimited use, e.g. an annual pass covering public transport, bike sharing and park-and-ride.'),
  (16, 'fractional-ownership', 'Fractional ownership', 'Several parties share a costly asset, e.g. residents jointly owning a wind turbine or a pool of shared e-cars.'),
  (17, 'franchising', 'Franchising', 'License a proven concept to others who run it locally, e.g. follower cities rolling out a lighthouse city''s service under its brand.'),
  (18, 'freemium', 'Freemium', 'A free basic tier with paid premium features, e.g. open data free to browse, with paid real-time or high-volume API access.'),
  (19, 'from-push-to-pull', 'From push to pull', 'Produce on demand instead of in advance, e.g. on-demand buses routed by actual bookings rather than fixed timetables.'),
  (20, 'guaranteed-availability', 'Guaranteed availability', 'Charge for assured uptime rather than the asset itself, e.g. a vendor paid to keep street lighting working at an agreed level.'),
  (21, 'hidden-revenue', 'Hidden revenue', 'A third party such as an advertiser pays so the user does not, e.g. free city Wi-Fi or apps financed by advertising.'),
  (22, 'ingredient-branding', 'Ingredient branding', 'Promote a component as a brand inside other products, e.g. a "powered by" label for a city data platform in partner apps.'),
  (23, 'integrator', 'Integrator', 'Control most steps of the value chain to cut cost and friction, e.g. a municipal company that plans, builds and runs a network.'),
  (24, 'layer-player', 'Layer player', 'Specialise in one step shared by many value chains, e.g. a data platform serving several cities and sectors as a common layer.'),
  (25, 'leverage-customer-data', 'Leverage customer data', 'Create value from the data users generate, e.g. anonymised mobility data used to plan routes or traded for services.'),
  (26, 'license', 'License', 'Let others use intellectual property for a fee, e.g. licensing a city-built app or method to other municipalities.'),
  (27, 'lock-in', 'Lock-in', 'High switching costs keep customers in, e.g. proprietary city platforms; a risk cities counter with open standards.'),
  (28, 'long-tail', 'Long tail', 'Earn from many niche offers instead of a few hits, e.g. an app store that hosts many small community apps.'),
  (29, 'make-more-of-it', 'Make more of it', 'Sell spare know-how or capacity to others, e.g. a city offering its data-centre capacity or its expertise to neighbours.'),
  (30, 'mass-customisation', 'Mass customisation', 'Tailor the offer to each customer at near mass-production cost, e.g. modular retrofit packages fitted to each building.'),
  (31, 'no-frills', 'No frills', 'Strip the offer to its essentials to lower the price, e.g. a basic low-cost service tier for residents on small budgets.'),
  (32, 'open-business-model', 'Open business model', 'Create and capture value together with outside partners, e.g. opening city infrastructure and data to firms and developers.'),
  (33, 'open-source', 'Open source', 'Build the product openly with a community and earn from services around it, e.g. cities co-developing one open platform.'),
  (34, 'orchestrator', 'Orchestrator', 'Keep the core and coordinate partners for the rest, e.g. a city steering a network of suppliers in a district project.'),
  (35, 'pay-per-use', 'Pay per use', 'Charge by actual consumption, e.g. per-minute e-car sharing or metered calls to a city data platform''s API.'),
  (36, 'pay-what-you-want', 'Pay what you want', 'Buyers choose the price, e.g. voluntary contributions for museum entry, festivals or community events.'),
  (37, 'peer-to-peer', 'Peer to peer', 'Connect individuals to trade directly, e.g. a platform where neighbours share tools, cars or surplus solar power.'),
  (38, 'performance-based-contracting', 'Performance-based contracting', 'Pay according to results delivered, e.g. energy performance contracts repaid from the savings of a refurbishment.'),
  (39, 'razor-and-blade', 'Razor and blade', 'A cheap base product with revenue from follow-up purchases, e.g. low-cost charger installation with paid charging sessions.'),
  (40, 'rent-instead-of-buy', 'Rent instead of buy', 'Customers rent rather than own, e.g. bikes, cargo bikes or e-cars available for short hire at mobility hubs.'),
  (41, 'revenue-sharing', 'Revenue sharing', 'Partners split the income of a joint offer, e.g. a platform keeping a share of what partners earn on city infrastructure.'),
  (42, 'reverse-engineering', 'Reverse engineering', 'Study an existing product and offer a cheaper equivalent, e.g. a low-cost alternative to a proprietary sensor system.'),
  (43, 'reverse-innovation', 'Reverse innovation', 'Adapt solutions made for low-income settings to richer markets, e.g. frugal tools from emerging cities reused in Europe.'),
  (44, 'robin-hood', 'Robin Hood', 'Well-off customers pay more so others pay little or nothing, e.g. corporate fees that keep access free for citizen groups.'),
  (45, 'self-service', 'Self-service', 'Customers do part of the work for convenience or a lower price, e.g. online forms and kiosks instead of counters.'),
  (46, 'shop-in-shop', 'Shop in shop', 'Host a partner''s outlet inside your premises, e.g. transport or postal counters inside a city service point.'),
  (47, 'solution-provider', 'Solution provider', 'Offer a complete package from one source, e.g. a turnkey smart lighting system including installation and operation.'),
  (48, 'subscription', 'Subscription', 'A recurring fee for ongoing access, e.g. a yearly bike-sharing membership or an annual partner fee for a city platform.'),
  (49, 'supermarket', 'Supermarket', 'A wide range of products under one roof, e.g. one portal or service point bundling all municipal services.'),
  (50, 'target-the-poor', 'Target the poor', 'Design offers for people on low incomes, e.g. affordable energy retrofits for social housing or social transport fares.'),
  (51, 'trash-to-cash', 'Trash to cash', 'Turn waste into a resource that earns money, e.g. recovering heat from sewage or selling compost from green waste.'),
  (52, 'two-sided-market', 'Two-sided market', 'A platform serving two groups that attract each other, e.g. a city app store linking developers with citizens.'),
  (53, 'ultimate-luxury', 'Ultimate luxury', 'Serve the very top of the market with exclusive offers, e.g. premium venues or high-end visitor experiences.'),
  (54, 'user-designed', 'User designed', 'Users create the products and the firm provides the platform, e.g. citizens building apps on open city APIs.'),
  (55, 'white-label', 'White label', 'Supply a product that others sell under their own brand, e.g. a city app framework rebranded by other municipalities.');
