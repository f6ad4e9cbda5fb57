gallum vorhon turdollum kenpil lumbarbar turvor kenvortur bardol
dolbarent ta ns turhonbar lumturent ta ns honmis ta ns lumbarbar vorsek
vorlum ta ns mislum lumturpil
lumturpil ta ns sekvorgal kenmispil kenpil vormisken mishon
vordol dolgal dolbarent sekturbar
turvor turlumbar galhonsek
hondol ta ns galhonsek misgalsek dolgal sekdol ta ns doldol kenent ta ns
barhonken dolgal vorlumdol honsek
lumhondol dolbar ta ns kenhonmis ta ns barmis ta ns honsek gallum ta ns kenmispil
lumturent bargal enthon
galgalsek bardol sekturbar ta ns lumturgal ta ns mislum
hondol vordol lumhondol turhonbar kenhonmis honmis ta ns
lumbarbar ta ns turdollum ta ns honmis lumhondol galhonsek dolsek ta ns misent
barmis ta ns turbar barpil turhonbar kentur ta ns turmishon
lumbarbar vormis ta ns mislum turdollum ta ns dolbar mislum
kenpil ta ns honmis vormisken ta ns galgal vorhon misgalsek ta ns vormis ta ns turbar
dolsek ta ns dolhongal turdollum barkenhon
kenent turdollum honsek
vormisken ta ns lumhonvor honsek vordol barkenhon vorlumdol ta ns kenpil misent
lumturent vorhon hondol dolhongal barhonken lumturent lumturgal doldol
kenent kenhonmis galgal ta ns vorsek mishon
vormisken turvor turlumbar kentur lumhonvor barpil ta ns
dolbar mislum galgal
mishon doldol barmis
vormisken ta ns entken ta ns vorhonken ta ns mishon
vorhonken dolhongal vormis sekdol dolbar turbar
galgal doldol barhonken galgal misgalsek turhonbar turmishon bargal pilhon misent
galgal ta ns misent vormisken dolhonbar honpilken
entsekgal kenpil entken
sekdol pilbar dolhongal
barpil galhonsek sektur
vormisken lumturent vormis ta ns sekbartur
entsekgal lumvor barhonken ta ns kenmispil honpilken ta ns mislum
entken dolhongal pilbar sekbartur
barmis kenpil misent vorsek ta ns kenvortur dolhonbar vorhonken ta ns
vormisken enthon barpil turbar barmis ta ns kenmispil entsekgal
vorlum dolsek ta ns turbar mishon ta ns hondol ta ns turbar
vorhonken ta ns vorlumdol
dolbarbar kenmispil lumhonvor ta ns barkenhon vorsek barhonken ta ns
entsekgal sekvorgal ta ns dolbar vordol misgalsek sekturbar ta ns
pilhon dolbarbar honsek
vorlumdol ta ns kenent entken
vorlumdol entsekgal vorhon honpilken dolgal sekdol
barhonken sekvorgal hondol sekbartur lumturgal turbar galgal lumturgal
misgalsek vorlumdol dolgal dolbarbar dolgal
kentur ta ns kenmispil vormis kentur
turdollum mishon turbar sekdol barhonken ta ns
vorlumdol ta ns lumhonvor
entken kenhonmis ta ns galgal hondol ta ns dolhonbar
entken turmishon
lumhonvor misent lumvor turmishon dolsek
sektur vormisken sekbartur lumvor barpil turmishon vorsek
entsekgal mislum turlumbar dolgal vorlumdol ta ns turdollum kentur sekvorgal sekbartur
hondol ta ns hondol ta ns kenhonmis ta ns turhonbar entken
gallum dolhonbar gallum ta ns lumbarbar ta ns vorsek ta ns
turdollum kenpil kenmispil vormisken barkenhon barmis galgalsek turbar
vorhonken lumhonvor mislum vorhonken entsekgal vorhon enthon turbar turmishon ta ns
vorlumdol barkenhon galgalsek
pilbar ta ns turvor ta ns sekturbar
misgalsek kenvortur vorhon lumturent barmis bargal turdollum kenmispil
dolbarbar vorhon kentur dolhonbar entken kenpil galgal ta ns
enthon enthon lumhondol ta ns mislum barmis
sektur ta ns kenvortur pilbar ta ns galhonsek lumhonvor barkenhon vormis
lumturent kenvortur vorlumdol ta ns
mishon mislum entsekgal ta ns vorhon pilbar vormis honpilken dolhongal
sekturbar bardol honmis ta ns misent kentur dolhonbar galgalsek ta ns turhonbar gallum barkenhon
kenpil mislum barhonken sekdol sektur barmis misgalsek ta ns galhonsek
lumvor mislum lumvor vorlumdol galhonsek honmis bargal
sekvorgal lumhondol dolsek dolgal galgal entken ta ns vorlum
gallum sekturbar
vormisken gallum ta ns mislum pilbar lumhondol ta ns gallum honsek
lumbarbar vorhon pilhon ta ns vordol kenvortur
honmis ta ns galgal ta ns barkenhon gallum entken dolhongal
lumturent dolbarbar vorlumdol dolhongal
lumhondol vorhon mishon
lumhondol honpilken lumhondol
kenhonmis ta ns kenent ta ns kenent entsekgal ta ns doldol lumturgal ta ns turmishon ta ns
entken galgalsek
pilbar galgalsek ta ns vorlumdol kenhonmis
barhonken ta ns dolbar ta ns doldol vormis dolgal vorlum ta ns enthon ta ns
kenent entken dolhonbar lumdolgal ta ns dolhongal honmis ta ns barkenhon dolbarbar ta ns bargal
dolbarent ta ns sektur vorhon honpilken
vorsek vorlumdol bargal turlumbar vorhonken dolgal entken
sekturbar galgal
sektur turbar vorsek lumturent galhonsek lumhondol doldol vormisken ta ns galhonsek vormisken ta ns vorhon
vorlum ta ns lumhondol kenpil kenpil
pilhon ta ns honpilken vordol dolhongal turvor galhonsek
dolbarbar kenvortur dolbar vormisken
vormisken ta ns enthon ta ns sekdol galhonsek
barmis ta ns lumdolgal ta ns kenent mishon ta ns barkenhon honpilken ta ns honsek
mishon kenvortur barkenhon
lumvor ta ns lumbarbar honpilken vorhonken galgalsek
turmishon vorlumdol lumhonvor kenmispil lumhonvor
barpil honpilken ta ns kenmispil lumvor sekbartur mishon enthon turbar turmishon vorhon
pilhon ta ns galgal pilbar ta ns lumdolgal ta ns
barhonken pilhon dolgal dolbar barkenhon
kenent enthon turlumbar
mishon entken dolbarbar pilhon galhonsek vorsek dolbarent ta ns
lumhonvor misent vormis turdollum ta ns bardol galgal
vormisken barhonken ta ns turdollum ta ns entsekgal ta ns dolbarbar vorhon
pilbar ta ns lumturent turvor ta ns enthon misgalsek ta ns turbar
sekturbar entsekgal dolsek barkenhon turvor dolgal
kenent ta ns kenpil ta ns
sekdol ta ns turlumbar ta ns turmishon ta ns kenent entsekgal ta ns lumdolgal ta ns honsek
vormis ta ns barkenhon honpilken dolgal mishon galhonsek
turmishon kenpil sekbartur enthon ta ns lumvor doldol enthon gallum
turlumbar ta ns turmishon ta ns lumvor barmis lumhonvor sekbartur galgal sekbartur
dolbar dolhongal vormis bargal vorsek vorhon turvor
pilhon vorhon honpilken lumhonvor lumhondol sekbartur dolbarent sekbartur lumdolgal
turlumbar ta ns vorlum barpil hondol
honmis ta ns lumturpil turlumbar mislum vorlumdol ta ns kenvortur ta ns vorsek
sektur kenmispil entsekgal ta ns vorlum lumbarbar galhonsek turdollum
lumturgal kenent
lumturpil misent sekdol ta ns
galgalsek ta ns lumhondol turbar turlumbar bargal
galgal bargal lumhondol ta ns lumturgal turmishon doldol honpilken vorlum ta ns dolgal
turdollum turhonbar kenpil kenpil doldol lumvor
vordol turbar mishon pilhon ta ns pilbar ta ns dolsek kenmispil hondol misent
entken misent dolsek ta ns misgalsek honmis ta ns bardol entken
dolbar ta ns vormisken misent honmis barpil barkenhon
sekvorgal ta ns vorlumdol sektur ta ns
barpil bargal gallum vorhon
turdollum ta ns misent lumhonvor dolsek honsek
kentur ta ns mislum vorsek galgalsek barpil ta ns sekbartur pilhon
sekdol ta ns galgal enthon vordol dolbarbar ta ns
vorhonken kenmispil misgalsek vormisken ta ns lumhondol ta ns kenvortur ta ns dolbar
sekturbar ta ns vorlum ta ns misent turvor vorhon
kenpil vorsek mislum barpil honmis doldol
dolbarent dolhongal kenvortur dolhonbar sekturbar ta ns lumturent vorhonken turhonbar mishon
vorlum honpilken vorhon barhonken ta ns
barpil ta ns galhonsek vorlum mishon vorhon mishon sekdol ta ns barkenhon kentur ta ns
barmis kenvortur sekbartur
dolbarent vordol ta ns lumhonvor barmis turmishon ta ns barmis
galgal ta ns turdollum ta ns gallum barpil turbar lumhonvor
kenent ta ns sekbartur lumhonvor dolgal lumturpil ta ns honsek lumturent ta ns dolgal lumturgal turdollum ta ns bargal
turdollum turmishon vormisken vorhonken turdollum ta ns turhonbar
entsekgal dolbarbar ta ns mishon galgal sekdol
turvor lumturpil lumhonvor misent dolsek dolbarbar kenmispil enthon
vorlum ta ns misent hondol ta ns entken honmis dolhongal galgal ta ns
vordol ta ns doldol lumdolgal vormisken vorhon gallum ta ns
dolbar misgalsek
lumturgal honsek vordol kenmispil turlumbar barkenhon sekturbar ta ns
vormis kenvortur ta ns vorhonken dolhonbar
barpil ta ns dolgal gallum entsekgal ta ns bargal
lumhonvor kenent sekbartur kenent sekdol
lumdolgal galhonsek dolbar gallum vorlumdol ta ns bargal mishon ta ns
entsekgal entken ta ns turmishon
vorsek kenent pilbar lumturent ta ns entsekgal
kenent ta ns turhonbar kentur hondol barkenhon turmishon turbar entsekgal barpil galhonsek
kenpil bardol lumturgal ta ns barkenhon dolbarbar ta ns sekturbar sekdol entken galhonsek
vorhonken ta ns bargal sekvorgal dolsek sekturbar ta ns doldol dolbarbar ta ns
kenhonmis lumturent ta ns lumhonvor
lumhonvor doldol turmishon
misgalsek lumhondol lumturpil ta ns sekturbar misent sekvorgal
sekdol sekvorgal doldol turvor dolhonbar
turlumbar misgalsek ta ns kenmispil honmis
honmis bardol lumturgal dolsek doldol pilbar misent vorlum dolhongal
mishon lumbarbar misent sekdol ta ns kenmispil lumturpil honmis ta ns dolhongal
vormisken vorlumdol turmishon ta ns galgalsek lumturpil sekbartur lumturgal ta ns
mishon doldol vorhonken dolsek ta ns galgalsek ta ns doldol
hondol vorsek ta ns dolgal barhonken
pilbar dolbar bargal pilbar turbar lumturent galhonsek sekdol mislum barpil
dolbar barmis lumhonvor honsek vorsek turhonbar vorlumdol turbar
sekvorgal ta ns lumturent galgalsek
lumturgal kenpil ta ns sekdol ta ns vorhon sekturbar vormis dolgal
vorhonken ta ns dolbar honsek dolsek turdollum turlumbar
galgal dolgal dolsek dolbarbar honmis kenhonmis ta ns
lumturent enthon bardol dolbarbar dolhonbar lumdolgal sekbartur
kentur turlumbar ta ns galhonsek
vordol lumdolgal ta ns lumbarbar ta ns
galgal mishon vormisken ta ns turlumbar galhonsek lumvor dolgal vormis
vorlum kenent ta ns vorsek ta ns barmis mislum dolbarent vorlumdol sekbartur
enthon vorhon vorhonken turhonbar vorhonken dolgal hondol ta ns enthon ta ns turbar barpil
pilbar turhonbar pilhon kenpil vormis
turvor ta ns vorhon honpilken galhonsek lumdolgal vormisken vorhonken turlumbar ta ns galhonsek
honmis ta ns sekbartur sekturbar kenmispil
gallum ta ns barmis misgalsek barkenhon kentur
galgal bardol pilhon
entken ta ns turhonbar turdollum kentur ta ns
dolbarent sekturbar vorhonken lumvor ta ns mislum sekvorgal doldol
vormisken ta ns barmis honsek sektur ta ns vorlumdol honpilken ta ns
vormisken gallum ta ns entken ta ns dolbarbar vorhon
kenhonmis ta ns dolgal lumdolgal lumturpil ta ns kenpil
kenent ta ns lumdolgal dolhonbar lumdolgal lumturpil dolbar
vorlumdol dolbarent entsekgal ta ns
sekturbar ta ns kenmispil sekvorgal turhonbar lumhonvor ta ns turdollum dolsek barkenhon kenvortur dolhongal
dolbarbar vordol mislum lumdolgal galhonsek
sekdol hondol lumhondol
turlumbar turmishon lumdolgal lumbarbar galgal sekdol
lumturpil honmis dolbarbar pilhon ta ns dolbarbar doldol
lumhonvor dolgal vorhonken ta ns galgalsek vorhon lumvor
dolbar lumbarbar ta ns kenpil lumbarbar
lumturent barpil turdollum dolgal kentur bargal lumhondol kenmispil
vorlum ta ns misent gallum mislum entsekgal
lumturgal sekvorgal lumturgal dolhonbar mishon
vormisken ta ns misgalsek ta ns bargal sekturbar ta ns kentur bardol
turlumbar sekbartur gallum barpil barpil
honpilken vordol barhonken ta ns
entsekgal ta ns dolbarbar ta ns barkenhon honpilken doldol lumvor ta ns mislum
dolbarent barmis honmis misent
vormis entken sektur ta ns vorlum
entsekgal dolhongal turlumbar ta ns turvor vorhonken ta ns kenmispil lumturpil galgal sekbartur
kenvortur ta ns turlumbar ta ns galhonsek pilhon turbar pilbar ta ns bardol kenent ta ns
enthon doldol hondol ta ns bardol lumturgal misgalsek ta ns doldol
barhonken kenent misent
honpilken bargal dolsek barmis
barmis ta ns lumturgal enthon
entsekgal bardol kentur dolgal
barpil hondol hondol ta ns
sekvorgal mislum lumbarbar ta ns honsek
honmis ta ns lumbarbar doldol pilbar kenhonmis ta ns hondol ta ns galgal ta ns bargal
dolsek sekvorgal turhonbar pilhon sekbartur lumbarbar turlumbar dolbar
dolbarent misgalsek misent
galgalsek honsek vorsek sekbartur dolbar ta ns bargal honpilken kenhonmis ta ns mislum
pilhon entsekgal sekturbar kenpil ta ns
pilhon ta ns turbar dolbarbar ta ns
dolbarbar hondol doldol enthon honmis
entken vormisken turhonbar
vormisken hondol dolgal entken barpil sekturbar ta ns pilbar
lumbarbar barmis turbar turlumbar barpil vorsek ta ns entken
vorlum ta ns bargal mishon ta ns galhonsek lumhondol ta ns dolbar ta ns honsek honpilken
barmis ta ns honmis ta ns entsekgal sekturbar kentur galgalsek dolgal
barmis entsekgal turhonbar lumturent bargal dolbarent ta ns dolhongal
lumdolgal ta ns turhonbar pilhon ta ns vorhonken bardol
lumdolgal ta ns vordol dolgal
vorlum vordol vorhon hondol lumturpil ta ns misent turmishon
hondol sekturbar galhonsek entsekgal bargal
kenpil dolgal entken ta ns bardol
turvor kenmispil turlumbar turlumbar ta ns
lumvor ta ns entsekgal honpilken barpil ta ns
turvor ta ns pilhon lumbarbar bargal lumturpil kenent ta ns kenmispil kenpil ta ns mislum
dolsek vormisken dolbarent kenmispil mishon turmishon entsekgal turbar
lumhonvor sekbartur hondol
kenvortur barmis kenmispil turdollum turhonbar sektur ta ns
sektur dolbarent galhonsek mishon turmishon ta ns kenmispil honmis ta ns dolsek
lumturpil kenhonmis galgal ta ns pilbar
lumdolgal ta ns barkenhon vorsek lumturgal ta ns dolhonbar enthon entsekgal ta ns
sekturbar dolgal dolbarbar galgalsek lumhondol turhonbar vordol ta ns gallum mislum
lumdolgal ta ns barkenhon pilbar ta ns vorhon
pilhon mishon pilhon ta ns sekvorgal mislum lumhondol doldol
galgal sekdol
vorhonken bardol vormisken sekbartur
sekvorgal ta ns doldol vorhonken
honmis ta ns dolhonbar galgalsek dolhonbar honpilken misent vordol sekbartur mishon ta ns
vormisken ta ns barmis ta ns gallum vordol dolhongal honpilken
vormis turhonbar galgal
honpilken ta ns lumvor pilbar lumhondol ta ns bargal
kenpil turbar lumbarbar entken vorlumdol sektur ta ns dolbarent
vorhonken ta ns turdollum ta ns
pilbar vorhonken vorlumdol ta ns
kenhonmis dolhongal turlumbar vormisken galhonsek entken
lumhondol entsekgal ta ns hondol ta ns turhonbar barhonken ta ns barmis ta ns lumvor ta ns dolgal
lumhonvor ta ns barpil dolgal
sekvorgal doldol galgalsek bardol hondol misgalsek dolhongal
vorhonken misgalsek dolhonbar lumhondol vorhon
barpil dolsek ta ns sekbartur kenent turlumbar kenent turhonbar
lumdolgal ta ns turhonbar honpilken
vorsek vorhon enthon sektur ta ns mishon hondol
gallum ta ns vormisken
entken sekdol
turlumbar dolbarent ta ns turlumbar dolhonbar
lumvor kentur sekbartur
turlumbar bardol vormis lumturpil dolgal pilhon misent lumturgal galgal ta ns
gallum sektur barhonken vorlum ta ns misent lumvor ta ns vorlum ta ns
turvor vorhon mishon ta ns lumturent ta ns doldol lumturent ta ns barmis ta ns
misgalsek ta ns vormisken
kenpil vorlum hondol
lumvor kenent ta ns dolhongal
misgalsek ta ns doldol turmishon ta ns bargal lumdolgal
vordol turhonbar lumturgal ta ns dolhonbar vorhonken vorhonken ta ns honmis turbar
kenpil lumdolgal ta ns vorlumdol
vordol sekbartur galgalsek bardol honpilken ta ns sekvorgal misent
kenhonmis ta ns lumturgal ta ns doldol galgalsek ta ns bardol honmis ta ns misent galgalsek ta ns dolsek
kentur dolgal lumdolgal misent turvor ta ns turhonbar gallum entsekgal galhonsek
turdollum gallum sekbartur vorlum
vorhonken sekbartur vordol lumvor galgalsek
turvor barkenhon kenhonmis galhonsek turmishon turvor ta ns galgal
galgalsek ta ns pilhon ta ns turvor barhonken ta ns dolbarent gallum
sekturbar vorsek lumhondol ta ns bardol lumdolgal ta ns bargal honpilken ta ns
sekvorgal ta ns sekdol vormis dolhongal kenpil sekbartur vormisken
kentur ta ns turdollum ta ns vormis ta ns mislum sektur dolbarbar galhonsek
vordol vorhonken ta ns doldol lumturpil ta ns vorhonken ta ns entsekgal bardol mishon
barhonken hondol lumbarbar ta ns barkenhon turlumbar dolhonbar lumturent vorlum
honpilken kentur
kenpil dolsek ta ns vorhonken ta ns galgalsek ta ns dolhongal dolbarbar bardol vorsek turbar
vorsek galgal dolbarent vorhon galgal lumturpil turlumbar
vorlumdol dolbarbar kentur dolgal
gallum ta ns vordol misent
lumturent vorhon dolsek dolhongal honmis ta ns turhonbar hondol sekbartur vorlumdol dolhonbar galgal barkenhon
dolbar ta ns sekbartur lumbarbar
lumhonvor ta ns kenpil bargal
turlumbar ta ns kentur misgalsek ta ns dolhongal dolbar ta ns
turvor turlumbar turdollum dolgal vorlum ta ns galhonsek sekvorgal sekvorgal
gallum ta ns turmishon ta ns entken turlumbar vorhon kenpil ta ns
gallum honsek galgalsek honpilken kenhonmis
honpilken ta ns dolbarbar
galgalsek lumdolgal lumhondol turhonbar misgalsek dolhongal dolsek ta ns doldol galgalsek ta ns
gallum ta ns lumturgal ta ns
misgalsek lumbarbar dolgal lumturgal doldol
turdollum ta ns dolsek sektur mislum
turvor ta ns kenvortur ta ns galhonsek dolbarbar ta ns sekbartur
kenvortur ta ns vorsek galhonsek entken ta ns mishon mislum gallum vormis
sekdol misent sekdol bardol sekdol ta ns doldol enthon ta ns honpilken
vorhonken dolgal lumturent kenhonmis honsek
lumdolgal ta ns barkenhon turvor kentur dolhonbar misgalsek
vorhonken misgalsek barhonken ta ns vorhon sekdol ta ns bargal kentur ta ns lumhondol ta ns honsek
lumturgal lumturgal turmishon lumturpil turlumbar turbar
kenpil barpil vormisken ta ns vorhon
vorsek sekvorgal vordol
pilbar ta ns galgalsek lumvor barkenhon vorhonken turhonbar hondol
lumhondol pilbar
entsekgal bargal pilhon ta ns dolhongal
hondol lumvor dolgal mishon ta ns
vormis sekturbar entken mislum lumbarbar vorsek dolgal
barhonken ta ns barkenhon galgalsek ta ns barpil ta ns kenent ta ns bargal
gallum ta ns lumvor
enthon entken ta ns lumvor ta ns dolhongal honmis ta ns galgal dolgal dolsek mislum
vorlum ta ns barkenhon lumbarbar sekdol honmis vorhon kenpil bargal honpilken ta ns mislum
kentur dolbarent vorlumdol vorlum
pilbar ta ns sekturbar galhonsek sekturbar vorhon
enthon kenvortur ta ns turlumbar
lumturgal sekdol dolbarent sektur pilhon ta ns doldol
mishon lumbarbar ta ns bargal barhonken misgalsek
lumhonvor turhonbar pilhon barkenhon
barpil mislum dolbar honsek mishon bargal vormisken lumvor mislum
turvor ta ns sektur ta ns galgal sekbartur hondol lumhondol ta ns lumdolgal ta ns
lumdolgal ta ns mishon ta ns vorhon vormisken galgalsek dolhongal kenvortur ta ns
turdollum ta ns dolsek ta ns dolhonbar
lumdolgal ta ns misent vormis dolsek dolhongal
lumhondol sekbartur gallum ta ns sekdol turdollum vorlum ta ns sekbartur dolbar
galgalsek dolbarent ta ns misent vorhonken turvor vorhon
vormisken barmis misgalsek lumhonvor ta ns lumturgal
kenvortur ta ns gallum vorhon
sekdol kenent entken turbar lumbarbar ta ns lumbarbar ta ns lumbarbar
kenent honmis barmis bardol turlumbar sekvorgal ta ns sekturbar bardol
sekvorgal kenhonmis barmis ta ns
honmis ta ns kenmispil galgalsek ta ns vorlumdol kenpil sekbartur
vorlum dolgal turmishon sekturbar kenent
vormis kenpil
dolsek galhonsek vorlumdol ta ns vordol entken lumturgal mislum sekturbar
kenhonmis ta ns galhonsek sekvorgal enthon kenmispil kenvortur lumturpil
lumturent ta ns turdollum
vorhonken barpil ta ns bardol pilbar kenmispil pilhon kenpil turhonbar lumturpil ta ns
misgalsek lumhonvor lumhonvor ta ns dolgal barhonken lumdolgal dolhongal
gallum pilhon turbar
turdollum ta ns turbar kenvortur kentur dolhongal lumturent lumhondol barpil
turvor bargal sekvorgal ta ns lumvor dolhonbar
turmishon ta ns lumturent dolhongal kenpil dolgal pilbar mislum lumhonvor
lumdolgal barkenhon lumturgal entsekgal dolbarent barkenhon vorlum ta ns
turvor ta ns dolhonbar lumturpil ta ns hondol ta ns vormis barmis bargal lumhonvor
turdollum lumturpil vorsek honmis
dolbar dolgal vorlum dolhongal dolsek
sekdol honpilken galhonsek hondol turbar misgalsek kenhonmis ta ns
kentur ta ns lumhonvor kenmispil lumhondol mislum kenent
vorlumdol bargal turlumbar dolhonbar turdollum
enthon ta ns honpilken barpil ta ns vorhon galgalsek ta ns lumturpil honsek honpilken turbar
barpil ta ns sekdol turdollum lumdolgal ta ns dolhongal lumturent
dolbarbar barkenhon pilhon vorlum ta ns barkenhon lumturgal ta ns barkenhon sekdol sekbartur
sekvorgal ta ns bardol lumturent dolhongal dolbarbar vormisken
galgalsek ta ns bargal barmis
vorlum kenent kenmispil honmis kenmispil vorsek ta ns gallum turvor ta ns
barpil barkenhon barmis ta ns
vorlum turlumbar ta ns lumturgal honmis turlumbar kentur galhonsek
kentur honsek lumhonvor ta ns turbar kenpil ta ns vordol ta ns
lumturgal ta ns lumbarbar lumturpil ta ns dolhonbar sekdol entsekgal ta ns
entsekgal ta ns dolgal kentur pilbar ta ns entsekgal mishon
vorhonken lumdolgal galhonsek
kenvortur pilbar lumvor honsek mishon entken turhonbar
vorlumdol mislum entken bardol mishon ta ns barkenhon turmishon turhonbar
enthon barmis dolsek kentur sekbartur lumturent ta ns doldol hondol sekbartur
lumdolgal ta ns dolhonbar misgalsek ta ns sektur ta ns
entken dolhonbar barpil enthon ta ns dolgal dolbarbar
lumbarbar kenmispil hondol mishon lumturpil bargal entken ta ns honsek
vormis ta ns kenmispil vorhonken ta ns enthon
barpil barkenhon sekvorgal lumbarbar pilhon
honpilken honmis kenhonmis vormisken vorsek ta ns
lumturpil vorlum doldol dolbarbar ta ns
kenent ta ns turlumbar turbar lumturent sekdol kenmispil gallum ta ns barkenhon
turvor vordol ta ns dolgal hondol ta ns lumhondol ta ns sekdol barkenhon
kentur vorlum kenmispil vorlumdol turbar barpil sektur
lumturpil ta ns turbar galgalsek ta ns sekturbar ta ns bardol galgal
entsekgal ta ns pilhon
sekvorgal ta ns lumturent ta ns vorhonken ta ns dolbar
kenent sekvorgal misent
pilbar ta ns honsek vorlumdol vorhon kenent kenmispil
misgalsek vorhonken bardol barhonken
turlumbar kenvortur kenmispil turmishon entken bargal
sekturbar kenmispil lumbarbar ta ns
vormisken ta ns galgalsek ta ns barkenhon kenent dolhongal barmis
kenent ta ns lumturent dolhongal pilhon enthon ta ns dolbarent lumturpil
pilhon kenpil galhonsek entsekgal ta ns turhonbar sekturbar
lumturent sekbartur entken mislum lumdolgal entsekgal enthon ta ns kenent
vordol ta ns enthon ta ns dolhonbar
gallum ta ns turlumbar misent lumhonvor ta ns vormis ta ns kenmispil
misgalsek ta ns pilhon ta ns bardol lumturgal dolgal vorhonken ta ns
vordol ta ns vorlumdol ta ns
kenhonmis vorlumdol doldol mishon mislum
vorsek ta ns pilbar doldol lumturpil dolhonbar
gallum sekbartur lumvor barpil ta ns dolhonbar
gallum turbar lumturgal kenent ta ns
barpil gallum honsek kenent
lumturent ta ns barkenhon vorlumdol
galgalsek ta ns vorlumdol
galgalsek ta ns vorhonken
lumhonvor ta ns vorlumdol entsekgal vorhon vormisken vorhonken entsekgal bardol
vorlum kenmispil barpil vordol ta ns lumturgal
kenvortur mislum barmis ta ns dolgal vorlumdol lumbarbar
kenpil lumturpil bargal honmis galgal
lumdolgal ta ns entken doldol
turvor vorhonken vorhon
galgal dolbarent pilbar vorhon barmis ta ns barhonken sektur turhonbar
galgalsek ta ns entken sekvorgal ta ns lumdolgal
entsekgal misgalsek galhonsek misgalsek dolhonbar sekturbar gallum dolhonbar vormisken
vorsek dolhonbar lumturent ta ns turvor ta ns sekbartur
kenvortur ta ns lumvor ta ns turhonbar honmis
kenpil ta ns turdollum ta ns turlumbar ta ns honpilken misgalsek misgalsek ta ns turhonbar
lumhonvor dolhongal dolbarbar
barmis galhonsek barmis galgal turvor ta ns enthon doldol pilbar
lumturent ta ns vorsek kenvortur ta ns galgalsek ta ns mislum
galgalsek ta ns vordol ta ns sektur kenent
honmis dolbarent ta ns gallum dolbar turhonbar
kenpil barhonken ta ns honmis honsek
vormisken barkenhon kenent
galgal ta ns kenpil doldol lumbarbar ta ns turlumbar lumhonvor ta ns barkenhon
lumhonvor galgalsek barmis
dolbar ta ns vorsek galhonsek dolsek ta ns enthon ta ns dolgal
dolbar ta ns lumturent ta ns kenmispil dolsek lumturpil dolhonbar
vorsek ta ns dolbar honpilken dolhonbar sekdol ta ns lumturent turdollum
entsekgal hondol ta ns mislum barhonken mislum enthon
pilhon ta ns lumturent bardol
misgalsek turmishon honsek vorlum
pilhon ta ns galhonsek vorhonken turmishon kenhonmis turbar
turvor vordol
kenent kentur galgal
dolsek ta ns lumbarbar dolsek lumbarbar pilhon barkenhon
lumhondol turbar sekvorgal ta ns lumhondol turvor ta ns vorhonken honsek dolsek ta ns
barpil lumbarbar kenmispil kenpil kenhonmis dolgal
dolbarent dolgal lumvor ta ns gallum ta ns dolhonbar kentur
sekturbar lumhondol ta ns bardol turvor honsek dolbarent
lumturpil ta ns dolgal vormisken bardol lumhonvor
vorhonken ta ns sekturbar ta ns entsekgal
vormis vorhonken ta ns vordol bargal honmis barpil
dolbar ta ns vorhon lumturgal gallum ta ns lumbarbar honsek
kenent dolgal vorlum turhonbar vormis ta ns
barmis vorhon entken misent vordol turbar barpil ta ns
lumturent gallum vorhon lumvor sekturbar misent sekturbar turbar
galgalsek ta ns lumhondol kenhonmis kenpil barkenhon pilbar
lumhondol lumbarbar kenmispil barhonken ta ns misent
sekdol sekdol galhonsek dolsek
barhonken dolhonbar lumturpil ta ns vorlum
entken ta ns honsek sekdol ta ns dolsek ta ns pilhon ta ns vorhon turlumbar honsek
vormisken ta ns lumhondol
honmis honpilken bardol vorlumdol ta ns turvor vordol ta ns turbar turvor
misgalsek misent sektur turlumbar ta ns dolbar ta ns
barmis lumvor ta ns mislum galgalsek lumdolgal galhonsek kenpil
kenhonmis ta ns mislum lumdolgal mislum vordol
lumvor ta ns dolgal turdollum kenhonmis galhonsek lumturpil ta ns lumvor ta ns dolgal vormis ta ns
dolbarbar ta ns vormisken ta ns entsekgal turbar dolbar dolsek turhonbar lumturent turhonbar
lumhondol vordol ta ns doldol turlumbar ta ns dolhongal dolbarbar sekdol mislum dolbar galhonsek
dolbarent ta ns barhonken misent entken bardol
sekvorgal ta ns honmis ta ns barmis
lumhondol kenvortur dolbarbar kenmispil lumhondol barkenhon
barpil lumturpil dolhonbar entken dolsek ta ns sekdol galgalsek ta ns honsek
sekturbar ta ns kentur ta ns
pilbar sekbartur enthon
enthon turbar dolsek ta ns lumhondol
kenhonmis kenmispil vordol ta ns honsek barhonken sekturbar ta ns galgal ta ns
misgalsek misent lumhondol ta ns kenmispil vorlum mislum lumbarbar ta ns vordol doldol
mishon ta ns gallum sekbartur turdollum ta ns dolbar ta ns turhonbar honmis vorhon
barhonken lumturent honsek entsekgal misent galgal ta ns sekbartur pilhon ta ns
barhonken turhonbar vorsek lumturpil ta ns lumturpil misent dolbarent misent mishon
vormisken turlumbar
vorlumdol pilbar vorhonken dolsek barkenhon vorlum ta ns dolgal turvor ta ns
barpil ta ns mislum sekvorgal
hondol kenmispil vordol barkenhon enthon
turmishon turhonbar honmis bardol vormis ta ns barpil barkenhon
lumturent galgalsek kenvortur ta ns dolbarent honsek vormis ta ns sekturbar doldol
kenpil turlumbar
barmis ta ns mishon
lumhondol ta ns kenhonmis vorhon
turvor vorlum hondol kenmispil dolbarent ta ns dolhonbar
enthon lumdolgal sekturbar vormisken kentur
entsekgal entken entken kenpil
turmishon ta ns sekbartur vorlumdol kenmispil vorlumdol ta ns mislum
entken ta ns turmishon kenmispil lumturgal entsekgal honpilken
lumturgal honsek lumturent mishon gallum ta ns
vorsek galhonsek vorlumdol galhonsek
kenvortur kenvortur barkenhon barpil dolbarent
vorsek vorhonken
lumvor ta ns galgal ta ns kenmispil
sektur turbar kenvortur sekvorgal ta ns
dolsek turbar hondol ta ns lumturpil pilbar
lumturent sekvorgal lumhondol dolgal lumhondol
honpilken vorlumdol ta ns galhonsek misgalsek turbar vorlum pilhon ta ns doldol
lumturgal kentur ta ns
sektur barhonken sekbartur entken
dolbarbar turhonbar vorhonken lumbarbar turbar sekvorgal ta ns turvor ta ns dolhonbar
dolbarent bardol vorhonken ta ns honpilken ta ns turhonbar enthon gallum ta ns kenmispil
mishon bargal lumvor ta ns sekbartur
enthon ta ns pilhon kenmispil honpilken pilhon sekbartur gallum galhonsek
entken ta ns lumturent honsek
turdollum vorhon kentur
turlumbar ta ns lumturent kenvortur
barhonken sekbartur sekvorgal ta ns bargal honmis doldol
sekturbar kenpil ta ns kenhonmis dolhongal
turvor galgalsek kenmispil vorsek dolgal
turdollum ta ns dolgal kentur sekbartur kenent turvor
sektur ta ns vorsek barmis dolhongal turlumbar dolgal honmis turlumbar galhonsek
honmis honmis honsek vorhonken ta ns barmis galhonsek
lumdolgal enthon enthon dolsek
galgalsek ta ns turlumbar ta ns lumturent ta ns dolhongal barmis lumhonvor kenvortur kenmispil
hondol ta ns enthon dolhongal sekvorgal bargal dolbarent lumhondol
lumhondol gallum doldol vorsek ta ns sektur ta ns vormisken ta ns
kenhonmis ta ns barpil bardol honpilken ta ns dolbarbar galgal ta ns
sekvorgal sekdol
enthon lumturpil ta ns dolhonbar
galgal dolbarent ta ns lumturgal ta ns
enthon honsek vormisken sekturbar
vorlumdol kenent ta ns lumvor barhonken honsek kenent doldol
galgalsek mislum turvor turvor vormisken vorlum ta ns dolhonbar honpilken ta ns
sektur sekbartur sekdol sekturbar ta ns dolbarbar
vormisken turdollum barkenhon dolbar misent galgalsek misgalsek ta ns lumturgal
pilbar ta ns galhonsek turlumbar vorhon vorlum ta ns honmis ta ns galhonsek hondol turhonbar
entsekgal ta ns turbar entsekgal bardol
vormis misgalsek mislum kenhonmis doldol enthon barmis ta ns
sekvorgal ta ns honmis
enthon misgalsek vordol ta ns entken ta ns
vorsek turmishon bargal misgalsek kenmispil vordol bargal
barhonken vorsek ta ns sekbartur kentur
lumhonvor lumbarbar dolbar ta ns lumturent ta ns kentur kenmispil
pilbar ta ns kenent vordol ta ns turdollum
sekturbar ta ns pilbar barkenhon lumturpil hondol ta ns misgalsek turlumbar ta ns
barmis vordol lumhondol
sekturbar ta ns vorlum pilhon vorhon vorhonken turbar
barhonken dolhongal vorlum ta ns barhonken kenvortur
hondol dolbarent kenhonmis kenvortur ta ns sekbartur
entken pilhon ta ns dolhongal turdollum ta ns dolgal vormis ta ns dolsek barkenhon honpilken
vorhonken kenent ta ns misent entsekgal ta ns barhonken ta ns sekdol ta ns lumhondol
kentur pilhon kentur ta ns vorhon galgalsek doldol vorlumdol
lumhondol ta ns turlumbar dolhongal
vorlum honmis vormisken lumhondol honmis kenmispil galgal ta ns
enthon barmis ta ns mislum honmis dolbar galhonsek
vormis bargal vorlum ta ns kenvortur vorlum galgal ta ns vorhon lumhonvor
misgalsek ta ns kenmispil lumbarbar ta ns turhonbar turlumbar
kentur ta ns dolbarbar ta ns dolhongal vorhonken
lumhondol bargal barpil
enthon vorlum dolhonbar lumbarbar entsekgal ta ns
vorlum turdollum hondol lumbarbar turbar
entsekgal ta ns vormisken turhonbar kenent ta ns hondol lumturent
dolbar ta ns dolgal mishon honmis dolhonbar vordol dolhonbar sekdol ta ns sekbartur vordol mislum
vordol lumvor
vorlumdol ta ns misgalsek galhonsek sekdol ta ns bargal vormisken
pilbar ta ns vorhon lumhondol turhonbar entken ta ns honsek
honmis turbar pilbar turlumbar sekvorgal dolhonbar vordol ta ns doldol barhonken
vorsek ta ns kenent
dolbarbar vorlum ta ns barhonken ta ns vormisken dolhonbar barpil
dolbarbar dolbar honsek galgal ta ns vorlumdol misent vorlumdol enthon
dolbar honpilken bardol dolbar kentur ta ns doldol
vorsek dolbarent bargal sekvorgal honsek lumbarbar turdollum ta ns honsek
barmis ta ns mislum kenvortur dolgal enthon
vorlum dolgal lumhondol ta ns lumhondol lumturgal kenpil ta ns
sekdol dolgal dolbarent mislum dolbarbar ta ns lumhonvor doldol kenvortur
turvor ta ns bardol mishon ta ns turmishon sekbartur sekdol vorsek lumdolgal ta ns galhonsek
kentur ta ns sekbartur dolbar turdollum sekbartur vormisken ta ns dolhonbar galgalsek honsek lumturpil
honmis ta ns kenent ta ns pilhon ta ns pilhon
entsekgal bardol vormis ta ns lumbarbar barhonken honsek
barhonken lumturpil vordol turbar kentur
misgalsek doldol turvor bardol lumvor
vormisken kentur dolhonbar barpil bargal vormis ta ns mislum dolbar dolgal lumhonvor ta ns galhonsek
lumhonvor honsek turmishon ta ns vormisken mislum galgalsek barkenhon sekvorgal turdollum honsek
kenhonmis galhonsek kentur turdollum turbar hondol ta ns
barpil sekvorgal doldol kenhonmis vormisken mislum dolbarent ta ns lumhondol kenmispil
vormis misent gallum ta ns mislum honpilken misent entken ta ns lumturgal doldol
hondol vorhon turdollum kenvortur ta ns kenvortur barmis doldol vormisken
sekturbar honmis ta ns doldol dolbarent ta ns sekbartur honmis doldol entsekgal ta ns vorsek vorhon
lumhonvor ta ns kenhonmis galhonsek turmishon ta ns galgal ta ns dolhongal
honpilken lumhondol ta ns barkenhon sekdol ta ns honsek vorlumdol ta ns vorhon lumturpil galhonsek entken
lumhondol ta ns bardol gallum bardol lumvor bargal vorlum kenmispil
lumturent vormisken ta ns sekturbar ta ns kenhonmis
kenpil doldol dolbarbar galhonsek turdollum gallum dolhongal
kenpil barpil misent
sekturbar honmis
hondol dolgal honpilken barhonken dolhonbar honpilken kenvortur ta ns kenent dolhongal
kenpil bargal pilbar galhonsek
barmis ta ns vormisken honsek lumturent lumhonvor galhonsek
pilbar lumbarbar ta ns barkenhon
sekturbar ta ns kenvortur ta ns turdollum lumturent ta ns sekbartur lumturent dolgal
lumturpil ta ns pilbar dolhonbar hondol
entken turlumbar bardol kenent sekbartur vorsek turbar barhonken pilhon ta ns barkenhon
kenvortur mislum lumdolgal ta ns dolhonbar dolbarbar barmis turdollum dolhonbar kenent ta ns turhonbar
sektur misent lumturpil
lumhondol bardol lumvor ta ns honsek
kenpil sekturbar ta ns turhonbar
vorsek dolsek dolbarbar dolsek entsekgal ta ns enthon ta ns
sektur misent vorlumdol enthon dolhongal
dolbarent dolbar dolbar kenmispil turlumbar kenmispil lumturgal
lumvor honsek lumhonvor lumvor galhonsek
lumturent vorhonken kenmispil
turdollum turbar lumturent misent pilhon misent lumdolgal ta ns galhonsek entken doldol barmis ta ns mislum
pilbar galgalsek ta ns vorlumdol enthon vorhon lumbarbar
lumbarbar sekvorgal ta ns kenmispil dolbarbar ta ns bargal galgal lumturpil vorsek ta ns turbar
dolsek barkenhon vormisken bargal honpilken dolhongal
sekvorgal dolsek turbar
turmishon ta ns galhonsek vordol ta ns
lumturent honmis dolbar honsek dolbarbar ta ns galgal
entsekgal vorlumdol ta ns turbar vordol dolbarent galhonsek turmishon
dolsek ta ns misgalsek ta ns doldol vormisken ta ns kentur doldol honmis kenmispil enthon
lumturpil sekbartur sekdol ta ns honsek
vormisken misent sekdol ta ns lumturent dolhongal
barmis dolbar turlumbar galhonsek entsekgal doldol vorhonken kenmispil barpil
vordol ta ns vormisken ta ns honpilken ta ns turmishon sektur ta ns
barmis lumhonvor ta ns dolhongal
lumbarbar ta ns sekbartur vordol
sekturbar galhonsek vorhonken ta ns dolgal misgalsek ta ns dolhongal barpil
sekturbar ta ns sektur
kenhonmis ta ns lumhondol lumturent vorsek vorlumdol
kenhonmis turmishon ta ns vorhonken sekbartur enthon entken turhonbar vorlum ta ns
dolbarbar ta ns dolbarent kenvortur ta ns
enthon ta ns mislum dolsek misent lumturgal kentur enthon ta ns misent galgal kenmispil
lumturent mislum dolbarbar mislum
dolbarent ta ns kenent mislum barhonken ta ns dolhongal kenpil sekdol misent
galgalsek galhonsek kenpil honsek
galgalsek ta ns bardol vorlum ta ns
turmishon barkenhon kentur ta ns
mishon turhonbar dolbarbar bargal galgal
entsekgal dolhonbar lumdolgal
vormis entsekgal vorhon kenhonmis ta ns galgalsek ta ns doldol
pilhon doldol vormisken dolhongal entken
sekturbar hondol honpilken vormis galhonsek
kentur galgal ta ns sekdol sekturbar ta ns dolhonbar turmishon barmis mislum
kenhonmis ta ns pilhon ta ns
pilbar mislum lumturgal kenmispil
dolbarent barhonken ta ns misent gallum honsek misgalsek
mishon bardol sekdol dolgal turvor misent
dolbar ta ns honsek sektur ta ns lumdolgal ta ns vormis vormis barmis ta ns
barmis ta ns turhonbar lumdolgal ta ns galhonsek hondol doldol vorhonken vormis
pilhon gallum turmishon dolhongal lumturent
turvor kenmispil turlumbar kenent kenhonmis hondol
sekvorgal misent kenvortur
dolbarbar mishon honsek turlumbar ta ns barhonken
mishon ta ns bardol pilbar lumvor dolhongal sekdol barmis ta ns sekbartur
turvor sekvorgal
galgalsek lumturpil misent lumturgal
dolbar dolhonbar vorsek gallum ta ns hondol dolgal dolbarent ta ns misent
galgalsek dolbar
honmis misgalsek honsek lumhondol ta ns
kentur lumvor ta ns dolgal dolsek honpilken ta ns turdollum ta ns turhonbar
vormis vorlum ta ns dolgal turvor
dolbarent ta ns turbar lumturpil turhonbar lumvor kenvortur ta ns kenmispil
vordol bargal kenent kentur ta ns sektur vormis ta ns vormisken misent
sekturbar vorlumdol barmis galgalsek dolhongal
enthon ta ns sekdol lumbarbar ta ns entsekgal ta ns entsekgal
turlumbar vordol sektur ta ns
enthon ta ns turmishon vorlum lumturent ta ns kenmispil
vorsek lumvor dolbar galgal
dolsek vormis dolbar dolhonbar galgal ta ns sekbartur galgalsek mislum
sekdol vorsek ta ns honmis
honmis vormisken kenent sekbartur pilhon bardol
lumhonvor vorlum ta ns dolgal turdollum barkenhon lumhondol ta ns kenmispil
vorlum honsek pilbar mislum barhonken ta ns lumbarbar galhonsek
honpilken ta ns bardol vordol kenhonmis ta ns
lumdolgal ta ns honpilken misent lumturpil barkenhon sekturbar dolhonbar dolsek sektur
mishon ta ns turvor lumvor dolgal
vorlum ta ns vorhon lumturent dolgal kenent ta ns vorhon gallum dolhongal
barpil lumdolgal ta ns sektur barhonken
barpil galgalsek ta ns
kenent mislum kenpil ta ns dolbarbar dolbarbar
vorlumdol ta ns turhonbar lumdolgal ta ns bargal entsekgal kenvortur dolhongal sekdol turbar
kentur bargal honmis dolhongal turdollum bardol vorhonken
gallum enthon dolgal barhonken lumturpil dolhonbar vorlumdol entken
honpilken sekbartur barmis lumdolgal lumdolgal ta ns galgal ta ns
sektur dolhonbar lumturent doldol sekvorgal
lumturpil ta ns misgalsek ta ns turmishon galhonsek turlumbar ta ns lumturpil galgalsek kenmispil
barpil entsekgal dolhonbar vordol honsek vorlum
misgalsek dolhongal dolbarent vorlumdol ta ns sekbartur
galgalsek dolsek ta ns misent dolbar turbar
vorlum turdollum ta ns barhonken ta ns misent pilbar dolhongal kentur
sekturbar bardol vorhonken dolhonbar sektur lumdolgal ta ns dolhonbar lumdolgal vorlum
kenent dolbarent
sekvorgal kenpil dolbarbar dolbarent ta ns honpilken
kenhonmis ta ns bargal misgalsek vorhon
sekvorgal lumdolgal dolgal dolbarbar ta ns kenmispil
kenvortur dolsek bargal galgalsek ta ns turvor
sekvorgal ta ns barkenhon kenent galhonsek honpilken dolbarent vorhon kenvortur
pilhon kentur turhonbar misgalsek ta ns honsek enthon vorhon
pilbar ta ns mislum lumbarbar turbar entsekgal turlumbar enthon sekbartur
lumdolgal ta ns bargal lumturgal hondol lumturpil ta ns lumturgal
turvor ta ns mislum kenent dolbarent ta ns hondol ta ns misgalsek turbar
dolbarbar entsekgal vormisken bardol lumhondol ta ns
dolbarent enthon ta ns honsek
vorlum sekvorgal galhonsek entsekgal ta ns dolgal sekdol ta ns misent honmis
sektur barmis vorhonken ta ns dolgal vorlumdol ta ns kenhonmis barmis
turmishon lumturent ta ns bardol
kenhonmis mishon
hondol sekbartur hondol misgalsek ta ns kenpil
lumturent ta ns lumhondol dolbarent ta ns dolbarent
barhonken kenent turvor vorhon barmis
turmishon dolbarent galgal vorlum kenent
galgal dolhonbar lumhondol turbar vorlumdol vorhonken ta ns barkenhon sekvorgal
pilbar vorhonken dolhongal lumvor ta ns galhonsek sektur ta ns barkenhon kenhonmis turbar lumbarbar vorhon
honmis ta ns vorlum galgalsek entsekgal turbar sekvorgal ta ns bardol
barmis honsek turdollum vorhon
dolbarent sektur bargal
misgalsek pilbar kentur ta ns bardol
galgal ta ns sektur ta ns barmis lumhonvor barkenhon dolbarbar mishon turhonbar
vordol turbar lumvor doldol dolsek
sektur mislum sekturbar ta ns lumdolgal barkenhon
kenpil misgalsek mishon ta ns lumturent bardol barpil sekbartur turmishon bardol
entken vorhonken lumturpil vorhon
vorlum honpilken sekbartur sektur ta ns dolhongal
enthon dolhongal enthon galhonsek vormisken ta ns
kenpil honpilken barkenhon vormisken enthon kenvortur mislum lumturent sekbartur
lumhondol entsekgal lumhondol ta ns
vormis turdollum vorhon
vorlum vormis
hondol ta ns lumhonvor dolsek ta ns vorhon sekdol ta ns
dolbarent honmis vordol
turdollum ta ns doldol hondol honsek kenvortur enthon ta ns dolgal misgalsek
lumbarbar ta ns lumturgal ta ns vorsek ta ns sekdol sekdol enthon
dolbar turbar vordol misent kenpil sekbartur galgal turbar barpil barkenhon turvor barkenhon
vorhonken kenmispil vormis sektur
vorsek turbar lumhondol ta ns turlumbar ta ns kenhonmis turhonbar
vorlum barkenhon galgal ta ns doldol vorlum
dolsek ta ns dolhonbar turmishon enthon lumturent entsekgal kenpil
misgalsek lumdolgal ta ns dolgal pilbar
entsekgal ta ns barmis ta ns
barpil kenent lumturpil
kenent turvor galgal ta ns dolhonbar dolbarent ta ns sekbartur barmis lumdolgal ta ns
entken barkenhon turlumbar turlumbar dolgal
barmis entken doldol lumvor ta ns barkenhon sektur ta ns sekdol
dolbarent kenmispil pilbar barpil sektur ta ns dolhonbar kenent galgalsek ta ns
sekvorgal vormisken ta ns galgalsek ta ns mislum vormisken ta ns sekvorgal ta ns galhonsek entken
vormis vorhonken
vorhonken entken dolgal kentur ta ns barmis ta ns sekvorgal ta ns barkenhon
turvor gallum ta ns turbar turvor kenhonmis vorhon
honpilken ta ns dolhongal lumturgal turlumbar kenmispil honpilken galgalsek dolbarent honsek
lumdolgal ta ns lumturent lumturent ta ns pilbar
galgal ta ns barkenhon kentur
kenhonmis lumbarbar turmishon lumvor galgalsek ta ns mislum galgalsek barkenhon
mishon bardol sekdol lumvor ta ns
kenpil pilhon
lumvor ta ns turdollum ta ns vorhonken ta ns sekdol galhonsek entken
mishon barkenhon honpilken ta ns lumhondol ta ns kenmispil turmishon turbar
dolbar vorsek lumbarbar kenhonmis
lumbarbar sekdol turlumbar ta ns
turlumbar misgalsek lumdolgal ta ns sekvorgal turbar barhonken doldol barhonken ta ns galhonsek
kenent ta ns turmishon ta ns turhonbar sektur vorhonken kenmispil sektur
sekturbar ta ns sekdol ta ns turbar lumturent vorhon galgal dolhongal dolbarbar lumdolgal
lumvor ta ns lumturpil dolhongal kenhonmis galgalsek ta ns dolhonbar
turlumbar entken entken ta ns hondol ta ns
lumdolgal vorlum lumturgal sekdol misent sekdol honsek barpil
lumbarbar lumbarbar ta ns turhonbar vorlumdol barpil vormis kenmispil kenhonmis
lumhondol sektur vorhonken ta ns kenpil galgal honsek lumhondol
turdollum kenpil misent enthon dolsek mislum vorlumdol misent kentur
honpilken turhonbar turmishon
vorhonken vorlumdol ta ns mishon dolsek ta ns kenpil kenmispil
vorlumdol galgalsek ta ns lumturgal ta ns hondol turmishon
pilbar ta ns doldol vorlumdol honpilken enthon doldol
enthon sekbartur dolbarbar entken ta ns kenpil ta ns dolbarbar
galgalsek enthon hondol ta ns kenmispil kenent ta ns barmis ta ns turbar
galgal vorhonken bargal dolbarent honsek vorlum vorhonken ta ns misent kenpil
vorlum lumdolgal kenhonmis turhonbar dolsek hondol doldol
lumvor lumdolgal ta ns turlumbar bargal
vorlumdol bargal galgalsek lumdolgal barkenhon barhonken mislum dolbarbar ta ns bargal
lumhondol ta ns dolbarbar bardol turvor ta ns
mishon ta ns kenent vorlumdol kenmispil
sekdol vorsek ta ns
lumhondol ta ns barhonken doldol
dolbarent kenhonmis vorhon
vorlumdol bardol honmis sekturbar bargal lumturent sekdol ta ns vormisken ta ns kenmispil
pilbar ta ns doldol galgal kenvortur dolgal enthon barkenhon
pilhon enthon honsek sekturbar dolbarent kenvortur ta ns sekvorgal
lumdolgal vorlum ta ns pilbar dolhongal pilbar honsek sektur doldol
lumbarbar dolhonbar vorlumdol
mishon turvor ta ns doldol kenent
kenhonmis honsek lumvor dolhonbar lumvor
sekturbar ta ns vorlumdol mislum enthon galgal doldol
misgalsek lumvor
dolbar ta ns hondol
vordol dolgal vorhonken turbar
turdollum vormis vormis mislum lumturpil ta ns misent honpilken doldol vorsek
honmis ta ns doldol lumhonvor ta ns doldol vordol ta ns dolgal galgal turhonbar
lumvor dolbarbar lumhondol vordol dolbarbar ta ns
barmis ta ns kentur ta ns vorhon vormis
vorlumdol barmis bargal
vorlum vorhon gallum
kenhonmis vordol vormisken enthon vorlum dolhongal
kenvortur kenmispil barmis
vormisken turbar dolbar galgalsek ta ns
kenhonmis ta ns turmishon vordol ta ns mislum
mishon turlumbar galhonsek
misgalsek dolgal vordol ta ns pilhon ta ns sekbartur
sekturbar ta ns barkenhon vorhonken ta ns lumturent ta ns
turdollum enthon galhonsek
sekdol ta ns dolgal vorlum mislum honpilken bargal honpilken ta ns kenmispil enthon lumturent
vorlum barmis barkenhon enthon ta ns
honpilken ta ns sektur kenhonmis turmishon misent hondol ta ns
vormisken dolsek bardol
turlumbar bardol sekvorgal ta ns sekbartur lumbarbar vorhon lumvor lumturgal sekbartur dolbarent
honpilken dolbar ta ns
lumturgal dolhongal vorhonken ta ns sekbartur barpil sekvorgal ta ns honpilken dolhongal sekvorgal vorhon
pilbar vormisken ta ns galgal bargal lumhonvor ta ns dolgal dolsek kenmispil hondol ta ns dolgal
turvor dolhongal dolbar ta ns lumvor sekturbar vorlum ta ns misent
kentur ta ns bargal barmis ta ns vormis ta ns lumturent misent galgal
turvor gallum vormis ta ns honmis ta ns honsek sekturbar
dolsek turmishon honsek kenvortur dolbarbar lumturent ta ns galhonsek
sekvorgal ta ns turhonbar dolbarent misgalsek ta ns doldol honmis bargal
dolbarent vorhon vorsek entken barkenhon
misgalsek bargal vorlum kenmispil dolbarent kentur misgalsek ta ns barkenhon honmis
pilhon kenvortur lumturent entsekgal lumturpil hondol ta ns barkenhon
barpil pilbar ta ns sektur turdollum ta ns lumdolgal lumturgal ta ns
dolsek ta ns kentur ta ns galgalsek ta ns
lumturpil vormis barpil sekdol galhonsek honmis kentur barkenhon
kentur mislum vorsek barpil ta ns turvor sekbartur vormis bargal
lumdolgal galhonsek lumbarbar ta ns turhonbar
entken turdollum barmis misent barpil ta ns entsekgal ta ns vorlumdol
enthon ta ns honpilken barpil sekdol entken ta ns
galgal kenmispil honpilken ta ns mishon ta ns vorlumdol kenhonmis ta ns
entken misent barpil turbar sekturbar bardol
barhonken sekbartur entsekgal doldol vorsek ta ns honmis pilbar ta ns
barpil bardol vorsek kenmispil honmis honmis entsekgal honpilken turbar
pilhon dolgal vorhonken
entken ta ns kenhonmis honpilken lumturpil vorsek
galgalsek bardol kenent bargal honpilken turdollum
misgalsek ta ns sekvorgal
lumvor ta ns turlumbar ta ns turbar mishon barmis doldol lumturgal vorlumdol
lumhonvor ta ns enthon ta ns bardol enthon ta ns entken misent enthon ta ns sekbartur kenvortur
kenhonmis lumdolgal turhonbar
pilhon ta ns mislum kentur ta ns kentur sekvorgal ta ns
sekturbar ta ns sekbartur lumturent misent vorsek ta ns dolhongal lumturent turmishon misent
lumturgal kenmispil gallum doldol honpilken lumbarbar ta ns
sekvorgal barpil vorsek turhonbar
lumturpil ta ns kenpil sekdol turhonbar mishon vorhon
vorlum honmis dolhongal pilhon entsekgal kentur lumturent
sekturbar barkenhon enthon
turmishon ta ns turdollum entken kenmispil
sekvorgal vorlumdol lumturgal honmis
sektur mislum dolbarbar pilbar sekvorgal galhonsek enthon
barmis ta ns bargal dolbarent vorhon lumhonvor vorhon
mishon dolbarent misent galgalsek
sekturbar dolbarent enthon barhonken kenmispil lumturent pilhon ta ns
vormis sektur honsek entsekgal misent sekvorgal ta ns doldol kenhonmis
sektur ta ns misgalsek mislum
misgalsek ta ns galhonsek vorlum ta ns vorlumdol dolbar honmis
pilbar sekturbar misent
vorlumdol kenent turlumbar kenent ta ns bargal entsekgal honsek vorhonken galhonsek
turmishon lumdolgal
lumhonvor ta ns vormis sekbartur turmishon
vormis dolbarent misent sektur
vormis dolhonbar lumturgal lumvor mislum
turdollum dolsek ta ns entsekgal ta ns galhonsek
kenvortur sekturbar vordol ta ns bargal sekturbar kenent
vorlum doldol barhonken vorlumdol ta ns lumturent lumturgal vormis barkenhon
lumdolgal turdollum dolhonbar dolbarent ta ns
misgalsek ta ns kenmispil lumturgal honmis ta ns lumdolgal lumvor
vorsek ta ns honmis
barmis sekturbar ta ns galhonsek misgalsek kenvortur vorhon dolbar
lumturgal lumturpil ta ns
pilbar dolbar
hondol mislum lumhondol vorsek kenmispil
lumdolgal dolhongal lumbarbar ta ns
lumhondol ta ns galhonsek turvor dolbar honsek
dolbar turbar kentur dolhonbar turlumbar misent misgalsek dolhongal vordol
sekturbar ta ns lumvor
dolbarent dolhonbar kenhonmis ta ns
gallum misent vorlum turvor ta ns vorhon lumhonvor pilhon mislum sekturbar ta ns
vorsek pilhon misent lumdolgal turhonbar galgalsek vormisken
dolbarbar enthon
vordol dolhonbar vorlum dolhongal
kentur ta ns dolgal turlumbar ta ns kentur galgalsek ta ns
honmis kenhonmis ta ns dolbarbar ta ns galhonsek
vormis dolhonbar mishon misgalsek ta ns honmis kenpil turlumbar
lumhondol ta ns barkenhon vormisken vorhonken ta ns galgalsek ta ns
honmis entsekgal vorlum ta ns galgal galhonsek
sekvorgal ta ns kentur turbar vordol dolhongal
vormis honsek entsekgal sekturbar ta ns
gallum enthon barmis bargal kenvortur dolgal kentur kenmispil
vormis barkenhon vordol ta ns mislum
kenvortur ta ns turmishon ta ns vorsek turlumbar ta ns turhonbar mishon ta ns pilbar ta ns
gallum ta ns bargal lumhondol dolgal
lumturpil ta ns lumhonvor turvor misent vordol ta ns vorlum kenent ta ns dolhongal
turlumbar ta ns vorhon entken ta ns turhonbar vormisken misent
vorlumdol galgal sekdol ta ns lumvor turdollum ta ns dolbar sekbartur
barpil mishon kenhonmis honpilken sekbartur vormisken vorlum ta ns dolhonbar
lumbarbar ta ns doldol vormisken turvor ta ns turbar vordol bardol kenhonmis ta ns
honmis sekturbar ta ns barpil turbar sekdol mislum vorsek dolhongal sekdol
sekdol ta ns vorlumdol ta ns kentur ta ns doldol lumturpil
entsekgal kentur ta ns honsek barmis barkenhon entsekgal ta ns lumturgal ta ns
dolbar ta ns misgalsek ta ns turbar vordol
dolbarbar sekvorgal honpilken kenent ta ns enthon sekturbar bargal
dolbar vormis vorhonken kenent ta ns
vorlum lumhonvor vormisken turhonbar pilhon kenhonmis
dolsek ta ns mislum barmis
dolbarent vorlumdol ta ns kenmispil vorlum vorhonken galhonsek lumturent
barmis vordol
lumhondol dolhongal turdollum ta ns turhonbar turlumbar kenpil
vorlumdol misent kentur ta ns vordol vorsek ta ns kentur
vorlum barpil bargal lumvor ta ns vorhon lumturgal
misgalsek sekbartur lumvor vormisken
barpil turlumbar ta ns
kentur lumvor ta ns lumvor bargal
honpilken vorsek honsek vorlum bardol enthon sektur
kenpil ta ns bargal barpil honpilken bardol kenvortur ta ns turhonbar turdollum ta ns dolbar ta ns
galgal misgalsek ta ns sekdol ta ns entsekgal sekbartur enthon sekbartur dolbarent
lumturpil ta ns bargal honmis kenmispil
mishon ta ns vormis vorhon galgal ta ns dolhongal turmishon doldol
kenent dolsek bargal pilbar lumturpil ta ns sekdol
honpilken ta ns turmishon honpilken honsek
barmis barkenhon kenvortur doldol lumturgal ta ns sekdol dolgal
barmis mislum sektur galgal ta ns vormisken galgalsek kenhonmis
dolbar ta ns vorlum dolhongal kentur ta ns turdollum sekbartur vorlum lumhondol
turvor vorhon hondol bardol
kentur dolhonbar mishon vormis lumturent vorlumdol
barhonken dolbar lumturpil dolsek turbar galgal ta ns dolhongal
vordol kenvortur doldol gallum ta ns turhonbar kenvortur misent
lumturgal dolgal sektur
turvor honpilken dolgal vormisken dolhongal enthon ta ns
vorsek ta ns kentur honpilken
vorlumdol vorlumdol doldol
galgal entken
sekvorgal barhonken
vormisken ta ns pilhon sektur ta ns turhonbar dolbar
vordol barkenhon pilbar bardol sekdol misgalsek ta ns sektur turbar dolsek
enthon dolbar ta ns honpilken dolgal lumdolgal galhonsek vorsek dolhongal
pilhon kenvortur honsek galgal ta ns hondol dolbarent ta ns galhonsek
entsekgal vorlum
barpil ta ns lumvor ta ns doldol vordol kenmispil sekdol
vorsek ta ns vormisken ta ns
turdollum gallum vorlum sekturbar sekbartur vormisken ta ns lumbarbar ta ns
lumturpil ta ns kentur ta ns
enthon honmis ta ns mishon entsekgal turvor ta ns
kenvortur ta ns bardol vordol
mishon lumturpil ta ns barmis vormisken ta ns misent sekdol ta ns bargal
barhonken honpilken dolgal enthon ta ns galhonsek barhonken ta ns galhonsek kenhonmis ta ns lumbarbar
vordol dolsek misent hondol kenmispil
vormisken vorsek ta ns sekvorgal dolsek dolgal misgalsek turbar
enthon ta ns lumturent kenpil kenpil ta ns doldol vorhonken ta ns
pilhon barkenhon lumbarbar ta ns sekturbar ta ns bardol mishon galhonsek
lumhondol barpil barhonken lumdolgal galhonsek lumhondol ta ns sekdol ta ns dolhongal
turvor ta ns dolgal galgalsek
kenpil gallum ta ns vorlumdol sekbartur gallum ta ns galhonsek turvor
turmishon vorsek sekdol
barhonken lumbarbar ta ns bargal
sekvorgal dolhongal lumhonvor
kenent hondol enthon ta ns vorhonken honsek lumturpil pilbar
barhonken sekvorgal lumturent mislum kenvortur barkenhon dolsek
dolbar bargal turdollum barpil ta ns galhonsek dolbar ta ns misent sekturbar dolgal
dolbarbar dolhongal pilbar dolgal turmishon
lumturpil ta ns misent kenhonmis ta ns lumturent ta ns galgal
dolbar entsekgal ta ns
enthon sekbartur pilhon vorsek ta ns mishon ta ns
gallum ta ns hondol galgal dolhonbar
vordol dolhongal kenvortur ta ns honsek barmis ta ns mislum
honpilken vorsek hondol misgalsek ta ns dolgal kenent
pilbar honpilken
vorlum ta ns dolhonbar entken honsek kenvortur ta ns
barpil pilbar ta ns honpilken ta ns barkenhon lumturent galhonsek turvor kenmispil sekdol kenmispil
kenpil turvor ta ns turbar entsekgal mislum turmishon
vordol dolbar bargal
gallum galgalsek sekbartur kentur
misgalsek ta ns honsek mishon ta ns dolhongal
lumturent ta ns vormis ta ns dolgal hondol lumturpil ta ns galhonsek mishon vorhon
galgalsek turdollum ta ns dolsek
vorsek lumhonvor sekbartur lumdolgal sekvorgal misgalsek barkenhon kenpil galhonsek
lumhonvor kenmispil dolbarbar
lumturpil ta ns kenpil lumturgal ta ns vorlumdol lumturgal honpilken vorhon
sekvorgal dolbarent ta ns vorhon
pilbar bardol mishon vorlum ta ns bargal sekturbar ta ns
sektur turbar vordol ta ns barmis barkenhon sekturbar vorhonken ta ns dolhongal
sekvorgal ta ns dolhongal kenvortur dolgal lumbarbar doldol sektur ta ns bargal
mishon pilbar misent
turmishon galhonsek barhonken pilbar ta ns
kentur kenhonmis ta ns misent kenhonmis sekbartur
lumhonvor entsekgal gallum bargal lumturent barpil
dolbar lumturent dolhongal
barpil bargal lumturgal turdollum ta ns doldol
misgalsek vorhon turvor
kentur honmis turmishon bargal galgalsek dolbar sekvorgal
vormis ta ns vordol dolbarbar sektur lumhondol ta ns bargal lumbarbar
vordol ta ns vorlum
entken pilbar dolbarent ta ns
lumhondol lumbarbar barkenhon gallum
vorlum dolbarbar turlumbar ta ns
barpil ta ns pilbar entken
lumhondol bargal sekturbar
turlumbar vormis
pilbar kenvortur dolbar kenent bardol
sekturbar sektur turvor sekturbar entsekgal bargal
sekdol misent mishon ta ns enthon ta ns vorhon kenvortur mishon dolhongal
gallum ta ns kentur doldol vorsek sekbartur vorsek dolhongal
enthon kenmispil galgal bardol
lumhonvor kenpil ta ns turbar
sekturbar turbar barhonken vorhon entken barkenhon entsekgal turbar lumturent vorlumdol misent
dolbarbar ta ns enthon barpil vorsek turbar
vorlumdol bargal lumturpil dolbarent sekturbar
sekturbar ta ns vorlum ta ns dolbar vormis barhonken
turvor ta ns barmis bardol vormisken honsek entken honsek barhonken lumhondol kenmispil
gallum mishon bargal kenent barhonken barkenhon
entken barmis doldol turdollum bargal turdollum
dolbarbar vorsek vorlum mishon
hondol galgalsek dolbar dolhongal sekdol hondol misent lumbarbar ta ns
sekvorgal ta ns dolgal kenhonmis ta ns sekbartur vordol kenmispil lumdolgal mishon bargal
sekturbar pilbar sekbartur barhonken pilbar dolhongal
galgalsek ta ns pilbar ta ns
kentur ta ns misent entsekgal honsek lumvor ta ns honpilken hondol
pilbar mishon barpil ta ns doldol lumturpil dolhongal
galgalsek barhonken ta ns misent pilbar lumvor
mishon honsek vordol ta ns vorhon enthon honmis
vordol galgalsek kenmispil enthon ta ns kenvortur dolsek ta ns vorsek ta ns
lumdolgal lumturent ta ns
galgalsek hondol ta ns turbar vorlumdol ta ns pilhon dolhongal turvor
entsekgal ta ns turhonbar gallum sekbartur
galgal barmis dolhonbar lumturpil ta ns vormis ta ns mislum lumturpil ta ns turdollum
turvor dolhonbar kenhonmis ta ns lumvor vorlumdol ta ns turhonbar
dolsek vorhon dolsek ta ns mislum pilbar bargal vormis turhonbar
sekdol turhonbar entsekgal vorlumdol vorsek vorlum barkenhon
sekturbar dolbar ta ns turhonbar
mishon kenhonmis barkenhon barpil ta ns pilhon vormisken
dolsek ta ns vorsek ta ns vorhon
honmis vorhon vorhonken misent hondol vorhon vormisken ta ns
pilbar ta ns lumhondol lumturgal ta ns misent barhonken sekvorgal turdollum
lumhondol entken ta ns pilbar ta ns vorlum turmishon bardol
sektur barhonken turmishon galgalsek
sekvorgal turlumbar ta ns mislum gallum ta ns vormis lumhonvor vorhon galgal turbar
lumhonvor kenhonmis ta ns mislum honmis turvor ta ns misent sektur misent vorhonken dolhongal
honpilken ta ns bargal misgalsek ta ns vordol
kenvortur enthon kenmispil
vordol dolhonbar lumhondol ta ns galhonsek lumvor vorhon kenvortur ta ns hondol honsek honpilken ta ns
sekdol lumbarbar ta ns turbar lumturent ta ns vormis kenmispil
kenent turbar sektur pilbar barhonken ta ns hondol ta ns
vorhonken sekbartur dolsek ta ns honsek
kenvortur turbar vordol ta ns bardol honpilken honsek pilbar ta ns bargal
lumturgal ta ns entsekgal lumdolgal ta ns galgalsek honmis ta ns
kenpil ta ns dolhongal lumhonvor ta ns bargal galgalsek turlumbar ta ns sekvorgal
vorsek ta ns honsek kenhonmis bargal dolbarbar ta ns dolgal lumturgal lumturpil ta ns vorlum bardol
enthon vormis bargal turlumbar ta ns doldol
turvor bardol entken ta ns
dolsek bargal vorlum bargal vorlum turbar sekvorgal doldol
lumturgal misent vordol honsek galgalsek turbar lumbarbar turlumbar ta ns
barmis galhonsek lumbarbar
honpilken ta ns dolgal dolsek ta ns misent lumhonvor ta ns vordol lumdolgal barhonken
kenpil vorhon barmis bardol honmis
mishon misent dolbarbar honmis
lumturpil bargal enthon honsek dolbar turlumbar ta ns barhonken honsek
barmis sekbartur lumhondol bargal
galgal galgalsek ta ns mislum misgalsek kenvortur
galgalsek barkenhon galgal honsek lumturpil ta ns sekvorgal mishon
honmis galgal sekturbar misent
turvor kenmispil vorsek ta ns lumvor turdollum dolhongal
hondol bardol dolsek ta ns turvor pilhon vorhon
dolsek vorhon misgalsek dolhonbar vorhonken ta ns entken turhonbar
vormisken turmishon vorhonken galhonsek lumhondol ta ns vorlum doldol lumturent
lumturgal ta ns hondol vorhon vordol ta ns
vorsek ta ns lumdolgal ta ns dolhonbar vordol ta ns barhonken dolhonbar kenpil lumturent turbar
dolbar turdollum mislum enthon kenpil
lumturent turhonbar dolbarent doldol lumvor
galgalsek ta ns kentur ta ns mislum barmis mislum sekdol lumdolgal
pilhon sekvorgal ta ns kenent ta ns barkenhon kenent bardol
entken ta ns lumhonvor vorhon
mishon misgalsek ta ns bargal lumbarbar ta ns kenmispil lumhonvor ta ns mislum barmis galhonsek hondol dolgal
vorsek ta ns barkenhon lumturgal ta ns galhonsek sekvorgal dolsek galgal barkenhon
kenhonmis turvor kenpil ta ns kenvortur
pilbar misent turlumbar kenpil kenpil ta ns kenmispil
mishon ta ns vormisken ta ns dolhongal vormisken ta ns bardol
vorsek ta ns vorhon barpil sekdol ta ns lumhondol dolhonbar lumvor bardol kenpil ta ns
hondol ta ns misent sekturbar bardol
misgalsek lumdolgal ta ns honsek gallum vormisken
vorsek dolhongal kentur bargal turlumbar ta ns kenmispil dolbarbar doldol
barpil sektur
dolbarent turbar barpil misgalsek misent galgalsek honsek lumhonvor ta ns
kenhonmis galhonsek sekdol turvor mishon dolgal vorlum honsek
vormis turbar barhonken ta ns lumturpil barhonken ta ns dolhonbar
galgalsek pilbar dolsek lumturgal dolgal kenpil bargal lumturgal sekbartur
turdollum ta ns bargal barhonken sekvorgal vormisken misgalsek ta ns misent kenent ta ns
mishon ta ns lumturgal ta ns dolhonbar dolsek
turlumbar ta ns galhonsek hondol ta ns sekturbar dolhongal
dolbar honsek vorhonken kenpil sekvorgal lumhondol doldol
hondol kenent sekbartur lumvor turmishon
vorlum turbar kentur ta ns turhonbar turmishon barmis ta ns misent lumdolgal ta ns kentur
lumturgal ta ns mishon enthon bardol
vorsek dolbar ta ns
hondol ta ns gallum vorsek honpilken mislum sekdol barkenhon hondol
entken bargal dolbarent barpil ta ns
kenent vormisken entsekgal entken dolhonbar entsekgal turhonbar lumdolgal ta ns
hondol lumturpil ta ns vorhon sektur ta ns turhonbar
vorsek enthon ta ns turbar honpilken ta ns dolhongal enthon galhonsek
entsekgal dolgal kenent barkenhon kentur ta ns galhonsek dolbarbar ta ns
vordol turdollum gallum entken turhonbar
pilhon doldol lumturpil
lumturgal ta ns lumturent mislum enthon vorhon
honmis ta ns kenpil ta ns vorhon turlumbar ta ns barpil doldol misgalsek turbar enthon
barmis ta ns lumdolgal misent kentur vorlumdol
kenhonmis ta ns enthon dolbarent misgalsek lumvor galgal dolgal
gallum ta ns barkenhon sekturbar barkenhon
lumdolgal barkenhon pilbar dolbarbar
pilbar ta ns vormis pilhon bargal vorlumdol ta ns misent kenent
galgalsek barmis vorsek bardol sekturbar ta ns bargal kenhonmis ta ns
lumhonvor ta ns vormis barpil turvor kenent turdollum
sekturbar ta ns misent lumvor lumhondol
vorsek ta ns lumturpil entsekgal
vorlumdol vorlumdol vorhonken bargal lumturgal dolhongal turlumbar ta ns dolhongal
entken bardol kenent barmis ta ns
misgalsek lumbarbar mislum
vordol enthon kenvortur ta ns galhonsek lumbarbar ta ns lumbarbar bardol kenpil galhonsek
dolsek vorlum ta ns lumdolgal turhonbar hondol ta ns
misgalsek hondol dolbarent kenhonmis galgalsek ta ns
lumvor kenmispil kenvortur ta ns
lumvor dolbarbar ta ns
lumvor turmishon ta ns sektur misent kenent gallum lumbarbar
dolbarent lumhonvor ta ns mishon kenhonmis dolhongal lumdolgal
kenvortur sekdol bargal gallum barpil turbar
lumhondol bargal dolbarent misent turmishon bardol vorlum ta ns
entsekgal ta ns kentur barhonken
sekvorgal barhonken ta ns
dolbarent kenmispil misgalsek ta ns dolbarbar turdollum dolgal
turlumbar ta ns galhonsek lumdolgal barmis ta ns
vorlumdol dolgal dolbar ta ns kenhonmis ta ns barkenhon sektur pilhon kenmispil
lumturent mislum kenhonmis ta ns kentur ta ns
sekturbar galgal ta ns gallum kenpil dolbarbar
galgal sekturbar galgal honmis ta ns vorlumdol misent kenent ta ns
barhonken misgalsek ta ns turbar lumdolgal vormisken galhonsek
misgalsek dolgal sektur ta ns turlumbar ta ns barpil vorhon lumhondol
vorlumdol vorhon honpilken galhonsek barmis
honpilken ta ns bardol lumturgal lumturgal vorlumdol mishon ta ns lumbarbar
entken vorlum lumbarbar vorsek vorlum galhonsek
hondol pilhon ta ns vormis mislum vorhonken dolhonbar vormisken ta ns mislum lumdolgal ta ns
turvor kenhonmis sekvorgal bargal turvor lumhonvor kenvortur misent
honpilken vormis ta ns lumhondol galhonsek barmis gallum ta ns turdollum doldol
galgalsek ta ns dolhongal turmishon turbar
sekvorgal galhonsek lumhonvor lumturent ta ns kenmispil
vorlum galhonsek honpilken dolhonbar
dolsek dolbarbar
sektur dolgal honpilken hondol galhonsek sekturbar ta ns honsek sekturbar bardol
vorhonken ta ns vorlumdol turmishon
dolbarent dolbar ta ns sekbartur vorhonken vorhon lumturent barhonken sekdol
enthon lumvor mislum barmis ta ns vormis barkenhon
lumturgal sekbartur lumturent ta ns
lumturent galgal
lumbarbar enthon honmis entken
kentur ta ns sektur lumturpil doldol
kentur ta ns kenmispil dolsek
kenent vorlumdol galgalsek
vorhonken lumturgal dolhonbar vormisken ta ns galhonsek lumturpil mishon ta ns doldol
vorsek gallum lumhondol kenent
sektur ta ns honmis ta ns turlumbar dolhonbar lumdolgal sekdol vorhonken misent
mishon entsekgal ta ns sekturbar kenpil barkenhon lumturent
sekturbar ta ns vorhon turlumbar doldol
sekvorgal dolbar dolbarbar entsekgal gallum sekbartur
vorlumdol ta ns galhonsek turvor sekbartur dolsek
lumturent entken doldol
dolsek galhonsek dolsek ta ns lumhondol kentur galhonsek lumturgal galgalsek
lumbarbar ta ns vorhon lumturgal kenvortur ta ns galhonsek lumturgal sekbartur vormis
vorhonken lumdolgal ta ns mishon turhonbar lumhondol entsekgal
entken dolbarbar ta ns kenmispil vormisken
sekvorgal ta ns barpil dolhongal lumdolgal dolbarbar ta ns turvor ta ns
entsekgal ta ns vorlum sekvorgal kenvortur turvor ta ns dolgal lumturent kenmispil
dolbar ta ns galgalsek vorlumdol mislum
lumbarbar ta ns vormis
barmis turbar vorsek barmis doldol
sekturbar barpil
barmis vorhon honpilken turhonbar misgalsek barkenhon misgalsek honsek misgalsek ta ns vorlum kenmispil
sekturbar ta ns turmishon turhonbar sekturbar
vormis dolbarbar dolhongal vordol honmis doldol enthon ta ns mislum
dolsek bargal misgalsek barkenhon lumhondol bargal
entsekgal ta ns bargal vordol vorhonken bardol lumvor lumturgal ta ns
misgalsek vorhon sekturbar
sekvorgal barhonken ta ns kenvortur honpilken honsek entken ta ns
lumturent ta ns turmishon turhonbar gallum vorhonken ta ns honpilken bargal pilbar ta ns vorhon
pilhon mishon ta ns dolhongal turlumbar dolhongal pilbar ta ns barkenhon turmishon honsek
vordol ta ns kenvortur ta ns
sekvorgal vorhon vorlum barkenhon lumhondol
mishon pilhon lumhondol galgalsek ta ns dolsek sektur
mishon bardol entsekgal turhonbar galgal mishon turbar dolsek
vormisken bardol lumvor ta ns turbar
entsekgal turbar dolsek
lumturgal mishon kenhonmis ta ns
sekvorgal ta ns kentur galgalsek ta ns dolbarent ta ns turbar
hondol ta ns dolsek dolhonbar vorlum ta ns dolhongal enthon bardol mishon ta ns vormis ta ns
kenpil bardol hondol dolhonbar kenent ta ns honsek turvor vormis ta ns misent sektur barkenhon
kenent dolhongal kenent
mishon ta ns turmishon misgalsek ta ns
honpilken dolhongal dolbarbar ta ns
vorsek bargal kentur ta ns vorhon
vorsek dolhonbar lumturent doldol
sekturbar dolbarent sekturbar ta ns pilhon kenent ta ns pilhon
galgal pilhon turbar vorlum lumturpil ta ns
vorhonken vorhon galgalsek bardol galgalsek
sekvorgal dolhongal lumvor
dolsek ta ns hondol galgalsek barkenhon
entsekgal pilhon kenent galhonsek entsekgal turbar misgalsek vordol mislum
honpilken misent kenent kentur vordol bardol vordol
enthon ta ns dolgal misgalsek ta ns vorhon kenhonmis ta ns entsekgal ta ns vorsek
vorlum ta ns dolbar lumhonvor turmishon bardol vorsek kenvortur bardol
honpilken dolgal vorsek vormis
entken sekdol ta ns dolgal vorlum barkenhon lumhondol dolbarent bargal honmis ta ns
lumhondol misent barpil bargal lumbarbar kenmispil
sekvorgal ta ns doldol turlumbar hondol ta ns kenvortur honsek vorlum doldol
honpilken ta ns dolhongal lumbarbar
honpilken ta ns lumhondol ta ns lumturpil lumvor ta ns vorlumdol ta ns entsekgal doldol
lumbarbar ta ns bardol vorsek ta ns honsek vorhonken sekvorgal ta ns
dolbarent vordol ta ns pilbar turhonbar pilhon ta ns
vorlum dolhonbar lumhonvor sektur ta ns galhonsek honpilken
gallum entsekgal barpil dolgal lumvor ta ns turhonbar kenent ta ns doldol kenhonmis ta ns bargal
vorlum dolbarbar dolbarent barkenhon honpilken vorhon entsekgal ta ns misent
lumhonvor barkenhon honpilken vorlum vormis ta ns turbar
sektur turhonbar lumturgal ta ns vorhon barpil barpil barpil turhonbar
lumdolgal ta ns lumbarbar lumbarbar ta ns honsek sekdol turbar dolbarbar ta ns doldol sekdol ta ns
turlumbar ta ns turlumbar mislum lumhonvor kenvortur ta ns kenmispil kenpil vorhon misgalsek
lumhonvor hondol turhonbar barhonken ta ns vormisken lumvor
turdollum galgal bargal lumturgal ta ns bardol vormisken misent galgalsek
vormisken pilhon sekvorgal sektur
kenent bargal dolsek lumturgal ta ns misent sekvorgal dolgal galgal ta ns
kenvortur honsek sekdol
dolbarent turbar sekdol lumbarbar bardol lumbarbar ta ns
sekdol lumbarbar barmis galhonsek lumhondol dolbar ta ns lumhonvor turhonbar
vorsek sekbartur turmishon barkenhon honpilken ta ns barkenhon barpil galgal ta ns
pilbar entken
vorlum vorlum ta ns honmis misent sekturbar lumturent
vormis lumhonvor turdollum turvor honsek kenpil lumturent sekbartur
kenpil barkenhon pilbar ta ns mislum galgalsek dolsek vorlumdol sektur ta ns turhonbar
lumvor barhonken entken pilbar ta ns kenmispil
entsekgal ta ns pilbar honsek turvor dolhonbar
vorlum ta ns honpilken lumvor ta ns turbar pilbar kenvortur hondol
honpilken lumturgal ta ns turmishon ta ns
galgal kenmispil turlumbar mislum entken turlumbar dolsek enthon
honmis dolhongal barmis
honpilken ta ns bargal vormisken honsek sekturbar sektur
entsekgal ta ns lumturpil kenmispil lumbarbar
sekdol hondol
enthon sekturbar turdollum ta ns turbar kentur ta ns bargal turmishon ta ns bargal
turlumbar ta ns bardol barpil galgalsek turbar barhonken ta ns turvor dolhongal
lumdolgal kenmispil gallum ta ns sekbartur vorlumdol dolhonbar lumturpil ta ns entken
turmishon vorlum sekbartur turdollum dolgal turmishon ta ns sekbartur lumturpil ta ns vorlum
dolbarbar ta ns bardol vormis galgalsek lumbarbar
kenvortur doldol sekvorgal turdollum vorhon honpilken galhonsek hondol
vorlumdol dolhongal sekdol ta ns mislum vorlum
vorlumdol bargal enthon lumhondol dolbar ta ns turlumbar ta ns
galgal kenent ta ns mislum vormisken kentur ta ns
sekvorgal ta ns bargal vorlum turhonbar
misgalsek turbar pilhon misgalsek galgalsek ta ns bardol dolbar galhonsek
dolsek ta ns sekturbar entsekgal turlumbar lumturent entken
pilhon ta ns vorhonken honsek lumturpil turbar
barpil vorlumdol bargal lumturgal
vorlumdol ta ns entsekgal honpilken barkenhon sekvorgal ta ns lumvor dolhongal
entken turbar turlumbar barpil
hondol ta ns vorhon lumturent vorlum ta ns turdollum honmis pilbar ta ns doldol
pilbar lumvor kenmispil lumdolgal sekbartur lumturgal ta ns galhonsek
kentur ta ns misgalsek dolgal
sekvorgal ta ns vorhon lumdolgal ta ns
lumdolgal galhonsek kenpil ta ns barhonken ta ns lumbarbar ta ns honsek
lumturgal turbar kentur turmishon dolhongal entsekgal ta ns
lumdolgal pilbar sekturbar vorhonken ta ns misgalsek
kenvortur mishon ta ns galgal gallum barkenhon
sekvorgal bargal lumturgal kenpil turbar
vorlumdol ta ns kenmispil lumvor vorhon misgalsek ta ns turmishon barkenhon lumturpil sekbartur
mishon ta ns vordol vorhonken dolhongal mishon ta ns doldol dolbarbar
turvor turhonbar vorhonken ta ns honsek dolbarent bardol barpil misgalsek misent
turvor ta ns sekbartur sekturbar ta ns barkenhon entken entsekgal ta ns lumvor kenmispil turlumbar dolgal
vormisken lumhonvor sekbartur turmishon
barpil ta ns turdollum kenhonmis ta ns honsek
lumdolgal kenvortur ta ns misent sekvorgal ta ns dolbarbar kenvortur ta ns mislum
dolbarbar turdollum galhonsek lumturpil turlumbar kentur misent
dolbarent mishon misent
turvor dolsek lumturgal ta ns turvor hondol
lumvor dolhonbar kentur ta ns sekbartur lumturpil
lumbarbar pilhon ta ns lumbarbar bardol kenpil mislum
honmis vorlum dolbarent ta ns lumvor misgalsek dolbar
misgalsek barkenhon barhonken lumturent barmis
hondol kenpil ta ns
turmishon honsek sekturbar ta ns
lumturent ta ns barhonken
lumvor ta ns dolhongal sekdol vorhon turvor ta ns vordol kenmispil
kenvortur sekbartur kenent turbar vorsek ta ns doldol kenhonmis ta ns dolhonbar vordol lumbarbar ta ns
enthon vorsek dolhongal pilbar sekvorgal ta ns dolhongal misgalsek sekbartur kenhonmis ta ns
honpilken dolbar doldol
barhonken ta ns bargal turdollum honsek pilhon ta ns
vormis ta ns pilbar ta ns mishon turhonbar barmis gallum ta ns lumturpil turhonbar
pilbar ta ns mishon
lumvor ta ns dolbarbar ta ns vormisken ta ns dolsek barkenhon dolbar ta ns dolgal vorlum ta ns dolhongal
pilbar gallum
barmis bargal vorhonken lumturgal mislum
honmis dolhongal sekvorgal
vorlum dolhonbar kenhonmis ta ns bargal barhonken barkenhon barmis bargal kentur ta ns mislum pilbar turhonbar
entken dolgal lumturgal bardol dolbarent ta ns bardol kenhonmis ta ns lumvor mislum
dolbarent misent galgal ta ns
entken ta ns barmis turhonbar pilhon misent entken misent lumturent ta ns entken
misgalsek doldol turlumbar ta ns kenmispil lumvor ta ns pilbar ta ns
enthon ta ns sekbartur lumturgal turvor honsek vorsek ta ns sekbartur dolbar doldol
vormisken ta ns mislum kenhonmis ta ns kenmispil lumdolgal ta ns sekvorgal misgalsek
gallum ta ns honpilken doldol sekturbar dolbarent
lumturgal dolhonbar barpil turbar
honmis ta ns vormis mislum dolsek ta ns turhonbar sekdol ta ns kentur bargal
lumdolgal dolbarbar ta ns
turvor galhonsek sekvorgal ta ns dolhongal kenvortur ta ns bargal lumbarbar hondol
lumhondol honsek lumdolgal dolbar dolsek
barpil dolhonbar enthon dolhongal
entken galgal ta ns sekturbar lumturgal dolhonbar misgalsek ta ns honpilken mislum
barhonken kenhonmis sekdol ta ns misent lumhondol entken turbar
lumbarbar barhonken ta ns misent sekdol vormis ta ns turhonbar sekvorgal
hondol kenhonmis dolhonbar enthon ta ns dolhonbar lumhonvor ta ns gallum enthon ta ns dolhongal
lumturent misgalsek turhonbar galgal turbar kentur ta ns barkenhon turlumbar sekdol
hondol honpilken lumhonvor dolbarent lumvor turhonbar
lumhonvor dolbarent ta ns mislum
sekdol lumhonvor ta ns
dolsek ta ns lumturpil ta ns doldol barmis misent dolbarent honsek dolbarbar
lumturpil lumbarbar ta ns dolhongal
vormisken turmishon vorsek misgalsek entken
lumvor ta ns dolhonbar dolsek dolbarent
vormisken vorhon barhonken turdollum ta ns vorsek sekbartur dolbar
dolsek ta ns galgalsek pilhon turmishon ta ns misent
galgalsek ta ns galhonsek sektur ta ns dolbarent turmishon
lumturpil vordol turlumbar misent lumvor ta ns pilbar ta ns mislum misgalsek
kentur kentur dolhongal pilbar
vordol mishon mislum turmishon vorlumdol dolbarent ta ns
kenhonmis ta ns sekbartur kenvortur kenvortur
sekdol bargal vormis vormisken ta ns honsek turlumbar ta ns
galgal mislum dolbarbar ta ns entken lumhonvor turbar
lumdolgal ta ns lumturent dolbarent sekbartur
lumturpil misent kenent turhonbar
turmishon turmishon doldol vorhonken ta ns
sekdol ta ns sektur doldol hondol ta ns sekbartur vorlumdol kenhonmis honsek kentur
lumturpil ta ns dolbar ta ns doldol
vorlum honmis vorsek lumvor
sekvorgal sekvorgal ta ns vorlumdol ta ns entsekgal ta ns vorhon vorsek misgalsek
sekturbar doldol vorsek kenmispil dolbarbar turmishon vorlumdol ta ns
dolbarent lumturgal dolsek galhonsek
misgalsek ta ns honsek lumturent barpil ta ns pilhon ta ns turdollum ta ns sekbartur vormis
pilhon kenhonmis doldol entken hondol ta ns
sekturbar bargal dolbarent vorlum dolgal turlumbar barkenhon barhonken
turvor ta ns dolbarbar ta ns barpil bargal
misgalsek doldol lumturgal ta ns lumdolgal sekvorgal dolhongal
misgalsek ta ns vorlumdol vorhon sektur ta ns bardol kenhonmis kenent ta ns
galgal ta ns misgalsek honpilken ta ns misent
entken ta ns kentur turhonbar lumvor ta ns honpilken ta ns barkenhon turvor ta ns turvor ta ns
kenvortur turbar pilbar sekbartur dolbarent
pilhon ta ns dolhongal vormis honpilken lumturgal turbar galgalsek lumturent galhonsek
pilhon kenmispil turdollum dolhongal honpilken vorlum ta ns lumturent ta ns honpilken dolhongal
vorlum galhonsek sektur hondol ta ns vorlum ta ns
dolsek galgal entsekgal galgalsek kenhonmis ta ns honmis
honmis hondol dolsek ta ns turbar honmis dolgal dolsek ta ns dolhonbar dolbarent
dolbarent ta ns vorhonken turhonbar
dolsek turdollum ta ns galhonsek vorlum ta ns dolgal kenpil dolhonbar galgal
turvor kenmispil pilhon barpil sekturbar turlumbar ta ns mislum
vormis ta ns enthon barkenhon kenpil mislum barpil ta ns bargal dolsek
entsekgal kenmispil enthon ta ns vorhon lumvor barmis dolhongal galgalsek vorhon
barmis vorsek vormisken lumhonvor vorsek ta ns
lumturgal entsekgal bardol barpil lumturent ta ns
honmis ta ns lumhondol ta ns dolbar turmishon lumturent turbar
hondol kenhonmis mislum turdollum ta ns turvor
lumturent mishon ta ns
sekturbar ta ns galhonsek lumhonvor dolhonbar galgalsek turmishon
entken ta ns mislum pilbar kenmispil vordol
hondol ta ns galhonsek sektur turlumbar ta ns sekbartur kenvortur turhonbar
pilhon vormis pilhon misent
kentur kenhonmis entsekgal ta ns barpil misgalsek sekvorgal
sekvorgal mishon ta ns dolhonbar vorlumdol sekbartur
kenvortur pilbar bargal pilhon turmishon
lumvor entken ta ns dolbarbar honsek kenpil sekbartur lumhondol kenhonmis
pilbar mislum pilbar lumturent ta ns turbar barmis ta ns sekbartur barmis ta ns lumturent doldol
entsekgal ta ns dolhongal galgal ta ns dolhongal entken mislum gallum kenhonmis
barhonken sekdol barkenhon
lumturgal ta ns kenvortur
sekdol sekvorgal honmis dolgal lumhonvor ta ns
lumturpil lumturent kenhonmis
entsekgal turdollum lumturent sekvorgal ta ns
pilhon ta ns entsekgal ta ns kenmispil galgal
dolbarbar honmis ta ns enthon ta ns vorsek
enthon ta ns turhonbar kenpil doldol vorhonken turbar barhonken ta ns honsek vormisken
dolsek barpil turbar kenvortur turhonbar barmis sekdol ta ns vormisken
lumturgal turvor ta ns dolgal kentur
enthon kenvortur ta ns barhonken vormis barmis ta ns doldol
dolsek sekvorgal ta ns bargal entken dolhongal lumhonvor lumhondol ta ns mislum
sektur ta ns barkenhon lumhonvor dolhonbar lumhondol ta ns turmishon turbar
sekturbar dolsek vorsek
kentur misent turdollum ta ns turdollum vorhon
lumturent bardol barpil vorlumdol turvor ta ns lumvor ta ns
lumhonvor turdollum vorhonken doldol vorhonken ta ns turhonbar lumbarbar honsek
honpilken ta ns bardol vormisken ta ns barkenhon turmishon vorhon
sekdol lumbarbar ta ns vorhon barpil barkenhon barmis
kentur ta ns barmis dolhonbar vormis ta ns sekbartur honmis honsek
turlumbar ta ns honmis turbar
dolbarbar dolbarent kenent misent sekdol ta ns dolgal barpil lumvor dolhongal
sekvorgal vorsek pilbar ta ns turhonbar lumturent lumturpil dolhongal
sekturbar ta ns kenmispil honpilken dolgal turmishon ta ns dolbarbar ta ns pilbar
lumbarbar turdollum
kenhonmis pilbar mislum lumturpil ta ns dolgal honpilken honsek vorlum bargal honpilken barkenhon
turvor mishon ta ns sekvorgal ta ns lumhonvor ta ns turmishon lumhondol turbar
lumbarbar enthon lumvor ta ns
entken hondol ta ns misent turmishon mishon
dolbarent sekturbar turvor ta ns lumhondol ta ns galhonsek
galgal ta ns pilbar turlumbar galhonsek
lumhondol ta ns misent kenvortur vorlum vorhonken lumvor sekbartur vorhonken
turvor ta ns vorhon entsekgal vorhon lumbarbar enthon ta ns lumvor sektur
dolsek bargal vormisken entken
dolsek bardol kenhonmis ta ns dolgal
lumturpil sekbartur lumturpil dolhongal mishon turmishon ta ns turdollum honsek sektur kenmispil
barpil misgalsek turbar kenent dolgal lumturent kenhonmis lumturgal
kenhonmis dolbar pilbar misgalsek bardol sektur lumhonvor
galgalsek kentur
mishon vormisken
turdollum lumhondol misgalsek ta ns dolgal vorhonken sekbartur kenpil turhonbar
dolsek kenhonmis ta ns misent
enthon lumhondol ta ns honsek hondol barkenhon
vordol enthon dolhongal lumhondol ta ns barkenhon vorlum bardol
honpilken hondol turhonbar
misgalsek ta ns enthon ta ns
vormisken dolsek ta ns
galgal ta ns lumturgal barmis ta ns galgal bargal kenent honsek dolbarent ta ns
lumturent bardol lumturent ta ns turbar vormisken ta ns mishon honpilken ta ns kenhonmis ta ns
lumturent ta ns mislum hondol bardol hondol ta ns bardol kenhonmis doldol entken honsek vorlum ta ns
turlumbar ta ns barkenhon kenent barpil bargal lumbarbar turhonbar
barpil honpilken
galgal ta ns pilbar dolhongal
lumdolgal turhonbar pilhon ta ns galhonsek lumturent mislum sekdol dolgal entken dolhongal sekturbar ta ns honsek
turdollum dolgal vormis pilbar ta ns enthon kenvortur
entken ta ns lumbarbar vorlum barkenhon sekvorgal ta ns galhonsek
gallum misent kenvortur ta ns
lumturgal kenpil ta ns vordol ta ns galhonsek sekdol turdollum ta ns doldol
honmis ta ns barpil dolbarbar turbar
galgal turbar barmis mishon vorlum lumvor ta ns
pilbar mislum kenent ta ns
barpil dolgal lumturpil enthon sekvorgal lumturpil
vorsek mishon lumturgal mislum
gallum ta ns turhonbar vorsek ta ns dolbarent vormis dolgal turlumbar ta ns bardol
vorhonken kenpil honmis misent
pilbar ta ns galhonsek turlumbar entsekgal
pilhon dolhonbar pilhon ta ns turbar
entken barmis vordol lumvor sektur turbar
galgalsek turhonbar sekvorgal galhonsek barhonken honsek turvor ta ns turbar sekvorgal mislum
vordol misgalsek vorhonken ta ns turhonbar honpilken ta ns dolbarbar ta ns misent lumdolgal
vormis ta ns barkenhon lumhondol ta ns kenmispil galgal
vormis ta ns misent lumhondol ta ns turdollum turbar sekturbar vorhon barmis honpilken ta ns kenmispil
lumdolgal honsek pilhon mislum
turmishon lumbarbar vormis dolhonbar turvor
lumturpil hondol ta ns mishon honsek barhonken vorlumdol
lumturpil ta ns sekdol dolbarent bardol honpilken
turdollum galhonsek misgalsek ta ns vorlum
turmishon sekdol ta ns
lumturpil sekturbar lumvor dolbarbar dolgal barhonken turhonbar lumbarbar ta ns bardol
gallum lumturent lumbarbar ta ns doldol
mishon vorsek
kenpil lumdolgal lumturpil ta ns lumbarbar kentur
lumvor vorlumdol barhonken
kenent bardol barhonken ta ns bargal entken ta ns misent lumturpil sekdol ta ns
galgalsek ta ns kenmispil lumhonvor galhonsek
pilhon barkenhon vorhonken lumhonvor
misgalsek entken kenmispil dolbarbar ta ns honmis ta ns misent dolbar
kenent ta ns barpil ta ns
pilbar ta ns lumbarbar dolhonbar kenent ta ns turhonbar pilhon
misgalsek barhonken lumhondol dolhongal lumvor ta ns
dolbarbar ta ns galgal ta ns turmishon dolbar dolhongal lumturent
lumbarbar kenmispil turvor turmishon ta ns vorhon lumturent ta ns dolhonbar
dolbarbar pilhon kenhonmis
entken ta ns vordol vormis kenpil ta ns misent
misgalsek turlumbar kenmispil lumhonvor lumhondol vorhonken
lumturent ta ns dolgal lumbarbar pilhon turbar hondol doldol kenvortur hondol
vormis ta ns pilhon ta ns dolhonbar turdollum dolhongal barhonken ta ns
vorhonken lumturpil ta ns lumturent sekdol ta ns
turlumbar lumdolgal ta ns bardol turmishon kenmispil
sekdol dolhongal lumturpil
lumvor ta ns entsekgal entken dolbar ta ns vorhon
turlumbar lumbarbar sekvorgal dolhongal
barpil ta ns turhonbar kenpil mislum vorlum kenmispil lumdolgal kenpil honsek
kenhonmis ta ns honmis ta ns kenpil bardol kentur
sekdol lumvor ta ns galgal lumturpil hondol ta ns lumdolgal
honmis turmishon ta ns bardol lumhondol
lumturpil ta ns misgalsek vorhon honpilken dolbar honsek lumdolgal ta ns dolhongal
barmis kenvortur ta ns kenpil dolhonbar vormis ta ns turdollum ta ns dolgal
entken vorlumdol ta ns lumdolgal mislum vorsek ta ns turbar enthon dolgal
galgalsek ta ns vorlum ta ns
sektur bardol lumhonvor bargal
mishon barkenhon barpil ta ns dolhongal pilhon turlumbar gallum sekbartur kenpil sekbartur
vorhonken ta ns misent turmishon kentur ta ns sekbartur barhonken
lumturent barmis kentur bargal barpil sekdol
sekturbar dolhongal lumhonvor ta ns
turlumbar galhonsek vormisken
barpil ta ns dolbarent kenvortur enthon ta ns misent
dolbarent entken doldol galgalsek ta ns
lumdolgal kenmispil entken kenent ta ns lumturpil ta ns
turmishon ta ns misgalsek dolgal
vormisken ta ns dolsek ta ns dolsek lumturpil kenpil
lumhondol ta ns turhonbar barpil
sekvorgal ta ns turhonbar dolbarent misgalsek
hondol lumhondol misent lumvor dolhongal
sekturbar honsek vorlum
mishon vorhon lumturent ta ns bardol
turmishon dolhongal lumhondol ta ns vorlumdol ta ns bardol galgalsek turbar lumturent
vormisken misent lumhonvor dolhongal
dolbarbar misent lumturent vordol pilhon turhonbar dolbar ta ns vorhonken ta ns sekbartur
barpil bargal gallum turhonbar lumdolgal
dolbar pilhon ta ns kenvortur ta ns honpilken
lumturpil misent galgalsek misent kenent pilbar ta ns galgal doldol pilbar
lumturpil sekbartur vorlum lumvor kenmispil
dolbarent doldol enthon ta ns honmis
vorlumdol ta ns turhonbar barhonken dolhonbar vorsek lumturgal ta ns galhonsek vordol dolhongal entken
dolsek galhonsek kenhonmis lumhondol barpil barkenhon kenhonmis dolbarent
barpil dolhongal kenent dolhonbar honpilken dolsek
pilhon ta ns turdollum pilhon ta ns mislum
lumturent galhonsek dolsek barkenhon sekdol turlumbar turdollum turhonbar
sektur lumturgal ta ns mislum
barmis barpil doldol misgalsek ta ns
honpilken mislum vordol dolgal
turdollum pilhon ta ns pilhon sekbartur galgal dolbarent vormis turhonbar
vormis vormisken kentur galgal galhonsek dolbar ta ns misent
lumturpil ta ns dolbarbar barkenhon honpilken
kenpil ta ns vorhonken
enthon ta ns lumdolgal dolhonbar vorhonken ta ns sekvorgal vorlum barkenhon turvor doldol
gallum kenvortur honsek sekturbar lumdolgal
kenhonmis vormisken galgalsek kentur honsek vorlum dolbar
lumbarbar galgalsek ta ns honsek
lumvor vorhon galgal
lumhonvor lumturpil
lumbarbar ta ns vorhonken turbar
entken sekbartur vormisken
turvor ta ns turmishon hondol turvor ta ns pilhon bargal pilhon kenmispil
dolbarbar lumhondol
honmis barhonken vorsek ta ns lumdolgal ta ns lumturent ta ns
sekvorgal ta ns sekturbar ta ns lumturpil pilhon vordol ta ns sekbartur
kenvortur ta ns bargal galgalsek ta ns turhonbar pilbar doldol
kenent pilhon ta ns galgalsek ta ns lumvor dolbar
turlumbar doldol vordol misent sekvorgal ta ns bardol lumturent kenvortur vormis ta ns dolhongal
vormisken vorlum ta ns doldol vorlum lumvor
pilbar mislum dolbar bardol lumbarbar kenhonmis bargal
lumturpil ta ns misent sekdol dolbarent kenpil ta ns
kentur doldol pilhon ta ns sekdol ta ns sekdol
sekturbar ta ns lumturpil turvor ta ns
vormis kenent ta ns lumvor kenent
lumturent mislum entsekgal ta ns
turmishon ta ns vorsek
misgalsek barpil misgalsek vordol
galgalsek dolsek misent enthon turbar
turmishon dolhonbar vorsek ta ns bargal kentur sekdol ta ns
kenent ta ns kenpil dolsek ta ns
honpilken hondol bardol kentur ta ns hondol ta ns doldol gallum bargal
lumdolgal ta ns turhonbar misgalsek ta ns misent dolbar ta ns galhonsek dolbar ta ns vorlumdol
galgal ta ns misgalsek lumturgal dolhongal
lumhondol dolhonbar vorlumdol ta ns dolhongal dolsek sekbartur barmis
kenvortur ta ns dolhongal vorlumdol doldol dolbarent entsekgal entken ta ns mislum lumbarbar barkenhon
pilbar gallum dolgal kenhonmis galgal kenpil misent
lumhondol lumvor bardol sektur ta ns dolhonbar
vorlum ta ns sekvorgal ta ns sekturbar ta ns lumturpil lumturpil ta ns
dolsek ta ns vorlumdol ta ns barmis ta ns vorlum
galgalsek ta ns turvor ta ns
pilbar dolhonbar lumturpil honpilken
sekvorgal ta ns misent sekvorgal ta ns
turlumbar ta ns vorlumdol
sekdol vorsek pilhon ta ns sekvorgal turbar galgalsek
galgal ta ns galhonsek sekturbar
turmishon honpilken ta ns barkenhon mishon vormisken ta ns turvor barkenhon
pilbar ta ns entken
barpil turdollum lumturpil ta ns kenhonmis
kenent bargal turdollum turdollum ta ns pilhon galhonsek sekturbar pilhon kenmispil
entken lumbarbar mislum kenent ta ns bardol sektur
sekdol ta ns turvor bargal
kenvortur ta ns dolbarent ta ns turbar enthon
kentur turhonbar kenvortur dolhongal vorhonken
hondol entsekgal ta ns sekdol honmis turbar honpilken mislum
vordol kenpil entken dolhongal gallum kenmispil kentur dolbar
honpilken ta ns bardol entken ta ns dolhongal vormisken dolgal turvor ta ns dolgal mishon ta ns sekturbar doldol
vorlumdol ta ns barmis ta ns honsek lumvor
dolbar ta ns mislum sekturbar vorhon galgalsek turhonbar lumturgal kenpil
dolsek doldol kentur ta ns turvor lumturent turbar honmis
lumturent kenpil turbar barpil ta ns dolbar ta ns
pilbar ta ns barkenhon vorhonken dolgal honpilken ta ns doldol
honpilken sektur barkenhon pilhon ta ns vorsek kenhonmis sekbartur sekvorgal dolhonbar
kentur barhonken ta ns pilhon lumhonvor ta ns vormis
lumturent ta ns dolhonbar lumbarbar lumturent sektur turbar vorlum dolhongal sekturbar turhonbar
vorsek misent vormis
barpil ta ns misgalsek
enthon ta ns turvor dolhongal
pilbar lumbarbar ta ns dolhonbar turvor ta ns turdollum
misgalsek lumdolgal lumhonvor sekbartur hondol turdollum hondol mislum
hondol sekbartur turlumbar ta ns gallum honmis ta ns turhonbar vormis ta ns bardol
vorlumdol bargal sekvorgal barhonken entken galgal turmishon
dolbar ta ns vorhon misgalsek gallum dolhonbar hondol bargal vorlumdol ta ns pilhon ta ns
vormisken turvor turhonbar kenent enthon mislum galgal
honpilken vorhon mishon turbar vormisken ta ns dolhongal kenvortur
sekvorgal misent pilhon galhonsek sekdol ta ns turbar kenent ta ns
kentur ta ns mislum honmis barhonken ta ns sekdol
lumdolgal vorhon entken ta ns turmishon bardol
vordol honsek lumturent ta ns turbar
barmis ta ns turdollum ta ns
entsekgal mislum entken barhonken turlumbar ta ns bargal
sekturbar ta ns barkenhon turdollum pilbar ta ns turhonbar kenvortur ta ns misent vorhonken
lumturent galgalsek dolbarbar misent
turlumbar ta ns lumbarbar ta ns misent barmis turdollum kenvortur vorlum
entken pilhon galhonsek vorlum ta ns dolhongal lumturpil galgal ta ns galhonsek vordol
dolbarbar barkenhon vorsek ta ns honmis galgal ta ns vorlum ta ns sekbartur
kenhonmis kenmispil vorsek gallum
pilhon turdollum ta ns lumturent
vorlumdol ta ns mishon kenhonmis
kenhonmis ta ns galhonsek vordol vorhonken ta ns lumdolgal bargal
honmis ta ns bargal dolbar ta ns kenmispil
pilbar galgal vorhon sekvorgal doldol lumhonvor dolhongal galgal ta ns enthon turhonbar
turvor kenvortur misent
lumturent vormis dolbar ta ns mislum dolsek ta ns
enthon ta ns dolgal pilhon ta ns dolbarent turvor mislum
dolbar pilbar turvor ta ns barmis ta ns honpilken ta ns kenhonmis vorhon
honmis dolgal entsekgal ta ns lumvor vormisken dolbarent ta ns mislum kenvortur
honmis bargal lumvor lumturgal lumdolgal turdollum ta ns vorhonken
kentur ta ns gallum honsek vorlum
entsekgal ta ns lumdolgal enthon lumhonvor ta ns bardol sekvorgal ta ns
vormis turhonbar sektur ta ns kenvortur pilbar ta ns
sekturbar gallum ta ns enthon
vorlumdol ta ns dolhonbar entsekgal gallum turhonbar turlumbar mishon
sektur ta ns gallum kenhonmis turhonbar
kenhonmis mislum entsekgal mislum turlumbar barkenhon lumturent ta ns turdollum ta ns dolhongal honpilken
kenpil ta ns dolgal lumturent lumvor misgalsek
lumvor honpilken pilbar sekvorgal
mishon ta ns dolhonbar entken bargal
gallum lumturent kenmispil lumturgal ta ns kenmispil galgalsek turlumbar mishon ta ns
sektur dolbarbar bardol honpilken vorhon
sekturbar entsekgal turlumbar sekbartur turdollum ta ns
dolbar galgal ta ns lumturent misent kenvortur galhonsek kentur ta ns
hondol dolsek sekvorgal turdollum ta ns entken dolhonbar gallum ta ns
misgalsek lumvor lumhondol ta ns
kenvortur entsekgal ta ns kenvortur ta ns vorlumdol turhonbar
dolbar mishon dolbarbar dolsek kenpil turhonbar entsekgal ta ns bargal
mishon ta ns bargal lumturpil turbar lumdolgal bardol enthon
sekvorgal ta ns kenhonmis galgal ta ns pilhon lumdolgal
vorlumdol ta ns kenpil dolhongal honpilken dolsek ta ns turhonbar sekdol bargal
turmishon galgalsek honpilken doldol
vormis barhonken doldol pilbar entken ta ns lumbarbar honmis ta ns
honmis misent dolsek pilhon sekturbar turlumbar
vordol mislum pilhon dolbarbar mislum
dolsek ta ns galhonsek lumdolgal ta ns lumvor sekdol dolhongal kenent turdollum vorhon
lumvor misent honpilken dolbarent misent kenent sekbartur turlumbar ta ns
kenhonmis ta ns dolbarent dolgal turvor honpilken ta ns lumhonvor ta ns sekbartur dolsek bardol
pilhon dolhonbar lumturgal lumvor mislum sekturbar ta ns
turlumbar kentur vorlum ta ns bargal kenhonmis ta ns kenvortur ta ns
vordol barkenhon dolbarbar galhonsek pilbar ta ns bargal vorlumdol ta ns turdollum dolhongal lumdolgal ta ns
mishon galhonsek lumturgal bargal turvor
lumhonvor ta ns vormisken mislum
galgal dolhonbar lumhondol galhonsek vorsek ta ns hondol dolhongal
kenvortur lumvor sekbartur turmishon vorhon dolbarbar ta ns vorsek turbar honpilken
entsekgal doldol galgalsek lumturent entsekgal turdollum barkenhon vorlum
turdollum doldol gallum barkenhon vormis turhonbar pilhon
entsekgal pilbar honsek vorlum vorhon lumhonvor sekdol ta ns vorlum ta ns misent
vorlum vorhon dolsek lumturent kenent entsekgal barhonken ta ns
vormis turhonbar dolbar doldol
lumturpil ta ns galgalsek ta ns galgal kenmispil dolbar ta ns kenvortur sekbartur vorlum
sekturbar turhonbar lumturent turbar dolbar dolgal galgal misent
barhonken ta ns honpilken barmis ta ns dolhongal galgalsek ta ns honsek
hondol ta ns pilhon ta ns bargal barhonken ta ns sektur ta ns sektur
sekturbar dolgal dolsek ta ns mishon galhonsek dolsek dolhongal vormisken kenvortur honsek
honpilken ta ns dolsek honmis bardol
vordol barkenhon vormis vorhon gallum sekturbar kenvortur vorhon turvor
kenent kenent hondol lumhondol
misgalsek dolhonbar barpil turlumbar vormisken ta ns vorhonken
dolbarbar bargal entsekgal vorlum misent dolbar ta ns entsekgal ta ns mishon honsek
honpilken dolbarbar kenpil dolhonbar lumhonvor mislum
lumhondol misent honmis turbar dolbarent lumturpil
lumhondol ta ns gallum ta ns bardol pilhon lumvor
turvor enthon ta ns barkenhon
honpilken turmishon entsekgal galhonsek pilhon ta ns
dolbar dolbarbar turbar misgalsek dolhongal enthon vorhon
pilbar misgalsek turdollum doldol galgal misent gallum ta ns
dolbarbar barkenhon lumvor vordol sekbartur honmis
vorlumdol honmis turvor barmis dolgal
honpilken ta ns entsekgal ta ns misent
lumvor ta ns misent barpil sekbartur galgal doldol lumbarbar dolgal
honpilken sektur ta ns enthon lumdolgal ta ns
vorsek ta ns barkenhon kenvortur misent gallum turdollum ta ns
vorlum honsek mishon vorlum misent
dolbarent ta ns vorhonken ta ns galhonsek turdollum ta ns dolhongal barpil ta ns mislum pilbar misent
barpil dolhonbar dolsek
gallum kenvortur
vorsek ta ns kenhonmis ta ns
hondol vorhon pilbar kenmispil lumturpil ta ns dolbarent lumturgal lumbarbar
vorlum ta ns sekbartur dolbarent dolhongal turvor bardol turlumbar sekbartur
vorlum ta ns bardol mishon turbar lumvor turhonbar kenpil dolhongal dolbarbar turlumbar
lumhondol misgalsek barmis
vorlumdol mislum enthon ta ns barkenhon
vormis turvor kenhonmis bargal barmis enthon ta ns turdollum
galgalsek galhonsek dolbarbar hondol sektur misgalsek turhonbar
galgal sekdol ta ns bardol lumbarbar bargal turmishon ta ns
lumturgal vorlumdol sekturbar kenent ta ns pilhon mislum
turdollum sekbartur galgalsek sekbartur lumhonvor honmis bardol
lumhondol kenhonmis ta ns bardol
vormis ta ns sekbartur sektur honpilken vorsek ta ns turbar mishon
lumdolgal ta ns dolgal lumhonvor vorhon
sekdol barpil ta ns honmis
turmishon barhonken galgal
turdollum dolgal kenpil enthon kenhonmis mislum
mishon misgalsek
galgalsek ta ns galhonsek entsekgal ta ns pilbar barmis
dolsek bardol lumturent ta ns vorhon sektur turhonbar lumturent
pilbar dolbar ta ns honpilken kenhonmis turbar
dolbarbar barmis ta ns kenpil doldol
lumhondol turhonbar pilbar ta ns barkenhon dolsek ta ns
vordol dolhongal lumdolgal ta ns turdollum ta ns dolhongal turvor ta ns lumdolgal ta ns hondol
gallum vorlumdol ta ns vorhonken
vorlumdol sektur mishon
lumvor ta ns kenhonmis kenhonmis ta ns honsek vormisken galhonsek
pilhon dolsek dolbarbar
entken ta ns sekvorgal honsek barpil gallum sekvorgal
lumhondol lumbarbar doldol lumbarbar ta ns vorsek ta ns
dolbar turhonbar turlumbar lumturgal ta ns
vorlumdol vorsek ta ns lumturpil vorlumdol honsek pilhon vormis ta ns
kenvortur entsekgal lumvor bardol lumbarbar lumturpil ta ns
dolbarent lumhondol ta ns mislum galgalsek lumhonvor mislum
lumturgal sekdol honmis vorhon pilhon ta ns lumhonvor mislum dolsek ta ns barkenhon
vorlumdol ta ns bargal vorsek doldol enthon kenhonmis turhonbar
lumturpil dolbar barkenhon lumhonvor kenvortur galhonsek
mishon ta ns dolbar ta ns dolhonbar lumhonvor turmishon pilhon ta ns sekturbar dolgal
barpil dolhonbar lumturent dolhongal misgalsek ta ns turhonbar entken vorhon
gallum ta ns dolhongal vordol bargal sekvorgal
vorlum sekdol sekdol dolgal
sekdol ta ns vorhon galgal ta ns turbar
lumvor lumhonvor entsekgal ta ns honsek barmis
lumturent vorsek
pilbar turhonbar turlumbar galgal dolgal vordol bargal kentur kenmispil
lumhonvor ta ns vorlumdol vorhon honmis turbar dolbarbar
dolsek ta ns misent lumhondol kenvortur lumdolgal ta ns dolhongal kenvortur ta ns
lumturgal sekdol ta ns lumvor kenent dolhonbar lumturpil ta ns vorhon vorlum ta ns misent
lumhondol ta ns lumbarbar kenent
vorsek ta ns vormisken lumturent ta ns galhonsek
barmis galgal kenmispil
vormisken dolhonbar vorhonken kenhonmis dolhonbar kentur sektur kenmispil
galgalsek ta ns kenvortur kenhonmis ta ns barkenhon entsekgal turhonbar dolbarbar galgal ta ns doldol
dolbar ta ns turbar turlumbar ta ns pilbar bargal
lumturent lumhonvor mislum lumhondol ta ns sekturbar
galgal ta ns sekdol ta ns honsek lumvor ta ns turhonbar dolsek ta ns
vorlum ta ns pilbar dolsek ta ns kenhonmis enthon ta ns
sekvorgal galgalsek ta ns misent sekvorgal kenpil doldol
lumdolgal ta ns turbar entken turvor kenmispil lumturpil sekturbar ta ns barkenhon vorhonken dolhongal
lumhondol vorlum ta ns turlumbar dolhongal
lumturent ta ns dolbar lumturgal honpilken turvor dolhongal
hondol barkenhon sekvorgal ta ns mislum lumbarbar ta ns barpil barmis ta ns sekbartur barmis
galgalsek honsek kenpil ta ns mislum turvor sekdol kenvortur ta ns turhonbar galgalsek ta ns kenmispil
lumturgal dolbarent ta ns dolhonbar
lumdolgal pilhon bardol kenvortur ta ns misent lumhonvor ta ns sekbartur sekturbar
lumhondol vordol mislum
barpil galhonsek lumhondol ta ns entsekgal bargal
honpilken dolgal lumhondol lumdolgal ta ns misent barhonken ta ns barkenhon kenhonmis dolbarent ta ns
kenent ta ns bargal turmishon galhonsek kenhonmis honsek lumbarbar kenpil doldol hondol
kentur bargal dolbarent
barmis kenmispil vorlum hondol turvor bardol honmis ta ns dolgal
lumbarbar kenpil lumbarbar ta ns
dolbarent dolhonbar sekvorgal ta ns sekvorgal misent
barmis vorhon kenpil
kenhonmis dolgal dolbarent ta ns lumbarbar galhonsek lumvor sekvorgal vormis
sekturbar vormis dolhongal lumvor
entken ta ns barmis ta ns sekbartur kenvortur misent vormis galhonsek vordol ta ns lumhondol ta ns
lumhonvor ta ns mishon ta ns mislum turlumbar
barmis lumturgal kentur ta ns misent entsekgal ta ns
lumturpil ta ns turbar kentur barkenhon lumdolgal ta ns
dolbarent ta ns galgalsek mislum barmis vormis galhonsek
kenhonmis ta ns vorhon lumdolgal pilhon misent turvor enthon ta ns
lumturpil honsek vormis bargal vormis
gallum barhonken turbar vormis lumturent mislum vorsek turdollum
turdollum bardol kenpil ta ns lumhondol misent galgal lumdolgal bargal kenvortur dolgal
kenvortur doldol turlumbar ta ns vorhon pilhon ta ns misent lumhondol honsek entsekgal honpilken barkenhon
sektur mislum kenpil hondol ta ns vormis
lumhonvor bardol turdollum dolbar ta ns doldol
galgalsek kenhonmis
dolsek kenmispil turdollum honsek entken dolsek sekturbar ta ns
dolbarbar barhonken mishon bargal entken ta ns vorhon
enthon lumbarbar lumbarbar kenmispil galgalsek
entken ta ns dolbarent dolbarbar sekdol kenvortur ta ns
gallum galgal honpilken bardol kenvortur lumturgal
vorlum turvor vorlum turbar dolbar kenhonmis ta ns turbar
turmishon misent kenvortur galhonsek
vordol barhonken kenmispil
sektur doldol kenpil
dolsek vorhon lumdolgal mislum gallum turhonbar lumhonvor ta ns kenent bardol
turmishon ta ns turlumbar ta ns dolhongal
vorsek ta ns turbar sekvorgal ta ns
lumbarbar ta ns lumturpil ta ns
sekvorgal ta ns vorlum barpil ta ns honsek barmis bardol hondol sekbartur lumhondol
kenvortur bargal galgalsek turhonbar vorsek ta ns pilhon ta ns sekvorgal turbar
vorlumdol dolhonbar enthon lumturpil mislum turvor dolbar
kenent lumturpil ta ns dolgal barhonken dolhonbar kenpil sekbartur
honmis honmis ta ns vorlumdol kenhonmis bardol turmishon
vordol ta ns dolbarbar dolsek ta ns
lumturpil ta ns lumbarbar
kenvortur ta ns vorsek lumdolgal
barmis vorlum ta ns enthon ta ns
barhonken ta ns lumhonvor doldol sekdol
gallum mislum vorlum lumturpil bardol barmis
vorlumdol entken dolhonbar dolbar ta ns mishon ta ns
barpil ta ns misgalsek kenent ta ns
mishon ta ns vorhon kenvortur
barpil galgalsek vorhon lumhonvor ta ns pilhon sekbartur turvor dolgal
dolbarbar doldol barpil barmis
vorsek kenent mislum turmishon turbar pilhon hondol
turvor sekvorgal dolbarent lumhonvor lumbarbar lumdolgal ta ns
turmishon ta ns vorhon gallum kenvortur honpilken galgalsek ta ns vormisken
lumhondol ta ns lumturpil kenent turbar sektur honpilken ta ns
turmishon dolhongal barhonken turdollum vormisken dolbar ta ns
pilhon ta ns lumbarbar lumhonvor
vorsek misent lumhonvor ta ns vorhon pilbar ta ns dolsek ta ns turhonbar
lumturpil vormis misent
vorsek sekdol bargal entken ta ns dolbarent ta ns misent
pilbar ta ns dolsek ta ns kenhonmis vorhon
lumturpil barpil sekbartur
sekturbar turbar dolbar vordol ta ns pilbar
turmishon ta ns dolgal mishon ta ns dolhongal vorlum ta ns dolhonbar pilbar
vorlum lumturpil mislum vorlum vormisken
kentur mislum turmishon lumvor lumbarbar
lumhonvor galhonsek hondol vorlumdol honsek misgalsek lumturpil ta ns bargal honpilken ta ns vorhon
kenent barkenhon sekturbar
kenvortur lumvor lumdolgal bardol vorsek ta ns
lumturpil vorhon lumturgal ta ns doldol enthon ta ns sekdol ta ns vorhonken ta ns
dolsek turbar galgal mishon dolhongal dolbarbar vorhon
lumturent pilbar kenmispil galgal hondol turlumbar sekbartur lumvor bargal
barmis ta ns bargal turvor ta ns lumhondol bardol lumhonvor misent enthon ta ns
enthon ta ns sekvorgal barhonken ta ns sekbartur
galgalsek mislum galgalsek ta ns gallum ta ns entken ta ns vorhon dolbarbar galgal ta ns
vordol pilhon lumbarbar barkenhon turvor ta ns
lumturent ta ns mislum misgalsek vorlum bardol dolbarent ta ns lumdolgal vorhonken
galgal kenmispil lumdolgal turbar lumturent
barpil ta ns turhonbar dolbarent turdollum
sekvorgal ta ns misgalsek
turvor lumhondol dolhongal
pilbar vorlumdol ta ns
lumdolgal ta ns dolsek sekdol dolhonbar kentur misent galgal ta ns vorlum misent
kenent mislum galgal ta ns galhonsek turvor hondol ta ns kentur ta ns lumturent sekbartur
turlumbar hondol galhonsek vorsek
lumvor ta ns lumdolgal lumbarbar vorsek ta ns
kenpil sekbartur vormis lumturent ta ns
lumturent ta ns honpilken ta ns doldol honmis honpilken vorlumdol ta ns
lumhondol dolhonbar pilhon sektur bargal sektur vorhonken mislum
turmishon turlumbar kenpil honmis ta ns galhonsek lumhonvor sekbartur vorlum
vorlum kentur ta ns pilhon ta ns pilbar ta ns vorlumdol ta ns barhonken
lumturpil sekbartur sektur entsekgal enthon ta ns vorlum ta ns kenmispil
turvor honsek dolbar ta ns barkenhon kenpil lumhondol
entsekgal ta ns lumbarbar
hondol ta ns barhonken galhonsek turmishon
dolbarent ta ns vorlumdol ta ns mislum
galgal ta ns dolbarbar vorlum ta ns bargal lumturgal ta ns turvor galhonsek sekturbar ta ns
dolsek ta ns honsek vorlumdol sektur ta ns mislum lumbarbar ta ns lumhondol entsekgal ta ns dolhongal
vormis ta ns gallum ta ns gallum turmishon entsekgal mislum entken bargal
turdollum misent vorsek ta ns bargal dolbar
lumturent mishon ta ns pilbar ta ns turbar
hondol turlumbar vordol bargal gallum kenmispil kenvortur pilhon dolgal
dolbarbar dolhongal lumbarbar doldol
lumhonvor ta ns galhonsek enthon ta ns sekvorgal turlumbar ta ns mislum lumhonvor bardol
vorhonken kenvortur
galgal ta ns kenvortur ta ns vorlum vorhon galgalsek lumhonvor ta ns
barhonken ta ns lumturgal
pilbar hondol bargal kenent ta ns sekturbar ta ns
vorsek barkenhon sekturbar galhonsek
dolsek dolgal barmis ta ns sekvorgal dolbar vorhonken
lumdolgal turmishon vorlum kenhonmis
sekvorgal sekvorgal bardol mishon ta ns misgalsek galgalsek entken
dolbarbar lumhonvor ta ns honsek sekdol pilhon ta ns dolhonbar
barpil ta ns dolgal vordol enthon ta ns turhonbar lumturent ta ns
lumbarbar galhonsek lumturpil dolhonbar kenent bargal
kenhonmis pilhon barkenhon galgalsek ta ns dolhongal barmis
entsekgal turmishon dolgal
sekturbar vorsek ta ns
dolbarent vorsek pilhon pilbar barpil ta ns turbar turmishon
honpilken pilhon galhonsek dolbarent
turmishon ta ns kenmispil kenvortur
turdollum turbar lumturent bargal turvor ta ns mislum vorlumdol ta ns sekturbar doldol
hondol sekbartur lumturgal
honpilken ta ns sekturbar dolhonbar
pilhon misent lumvor
vormisken sektur lumvor sekdol barpil ta ns mislum
turvor vorhon kenpil ta ns turbar sekturbar gallum dolhonbar
lumvor turbar lumdolgal lumturpil
sektur lumvor ta ns lumturgal ta ns lumturgal vorsek lumhonvor
dolbarent dolhongal misgalsek barhonken barkenhon vordol
lumturent pilbar misent dolbarent lumturent barkenhon
kenhonmis honpilken turvor ta ns bargal vorhonken galhonsek
entsekgal kenent bardol
sektur sekbartur kenhonmis bardol kenhonmis
gallum sektur enthon ta ns bargal sekturbar barpil sekdol sekbartur
vorlum dolbarent ta ns vorlumdol barmis bargal lumbarbar ta ns
vorlum vorsek ta ns dolsek
honmis kenmispil sekvorgal
galgal ta ns sekdol barkenhon honpilken doldol
lumhondol sekdol barmis sektur lumhondol
galgal turmishon ta ns turhonbar
vorlum turhonbar galgalsek sekdol ta ns vorhonken bardol vormis sekbartur dolbarbar
honmis lumdolgal
honmis kenvortur dolgal lumturgal ta ns
mishon ta ns honmis sekdol sekvorgal ta ns
pilhon barhonken galgal sektur ta ns dolhongal lumturent lumturpil
entsekgal lumhondol turbar
lumturent lumvor kentur dolgal mishon dolbarent doldol
lumturgal pilhon sekbartur sektur misent honmis
barhonken ta ns honsek sektur lumvor dolsek dolsek
lumvor bardol vorhonken barhonken
enthon ta ns sekturbar ta ns turbar barhonken barkenhon lumturent
sekdol ta ns turhonbar vorhonken kenmispil lumbarbar ta ns turhonbar lumturgal barmis barkenhon
vorlum ta ns turdollum dolsek turbar gallum
barmis entsekgal kenent kenmispil lumbarbar vorlumdol ta ns
galgal dolhonbar sekdol turbar mishon
turlumbar turbar kentur ta ns turbar
vormis mislum kenent ta ns vorlumdol turmishon dolhongal lumhondol
lumhonvor bardol galgal turlumbar bardol hondol
barpil barhonken kenent ta ns bargal dolsek entken
entken turhonbar galgalsek misent lumhondol honmis misgalsek
lumturgal ta ns barpil mislum dolbar dolbarent kenhonmis ta ns honsek vormisken
vorlumdol galgal galgal galhonsek
lumturgal lumhonvor ta ns galgal ta ns vormisken ta ns vorlumdol
honpilken dolhonbar turdollum ta ns honsek
galgalsek ta ns turbar vormis dolhongal
entsekgal honmis dolsek turlumbar ta ns bargal hondol barkenhon lumdolgal ta ns turhonbar
lumturgal ta ns barkenhon vorlum vorsek bardol gallum barhonken dolbarent turbar
dolbarbar lumdolgal
lumdolgal sekbartur lumturgal
honpilken barkenhon gallum honpilken
hondol barmis vorhonken ta ns kenmispil dolbarbar vorhonken bargal vorlum ta ns dolhonbar
sekvorgal turbar kenvortur mislum pilbar galhonsek galgalsek
turmishon vorsek turdollum sekbartur dolbar ta ns lumturpil dolhongal
gallum ta ns misgalsek ta ns lumturgal
barpil lumturpil misent enthon misent
dolbar sekbartur galgal ta ns
lumhonvor lumhondol lumturent doldol turdollum kenmispil barhonken ta ns vorhon turvor ta ns vorhon
misgalsek vorsek
sekturbar ta ns misent barpil bardol sekdol dolhonbar vorhonken ta ns enthon ta ns
dolbarbar barhonken barhonken vordol vorlumdol ta ns
barpil vorsek ta ns turlumbar honmis dolhongal kenhonmis turbar
lumhonvor honsek pilbar dolbar hondol ta ns vormisken
turmishon ta ns honsek barhonken ta ns dolbarent entsekgal sekbartur lumturgal honsek
turlumbar vorlumdol ta ns dolbarbar vorlum ta ns sekbartur sekturbar kenmispil kenhonmis
vormisken ta ns pilhon vorhon turlumbar ta ns bargal mishon ta ns lumturgal
lumturgal dolhonbar mishon mislum kentur ta ns lumhondol
kenent kenhonmis
galgal turhonbar dolbarbar vordol barpil ta ns
sektur hondol lumdolgal barkenhon
honpilken barhonken sekturbar ta ns galhonsek dolbarbar ta ns vorsek bardol galgal
mishon misent galgalsek galhonsek pilhon ta ns turhonbar
lumdolgal ta ns galhonsek pilbar vorlumdol ta ns
vordol bardol mishon ta ns entken honsek
dolbarent misent turlumbar ta ns galgal ta ns dolbarbar ta ns dolhonbar sekdol
lumturent kenpil entsekgal ta ns dolbarbar sekturbar ta ns sekbartur vormis barkenhon
lumturgal vorhon honmis misent dolsek vorhon vorlum
lumturgal pilhon barkenhon sekturbar ta ns dolsek
kenvortur ta ns mishon
turmishon bardol kenpil dolhongal lumhondol bargal
turvor mislum entken ta ns lumturpil turlumbar galhonsek
vorlumdol enthon ta ns galgalsek misent kenhonmis
dolbar turbar kenvortur vorhon
barhonken lumbarbar barpil dolbarbar doldol entsekgal
vorhonken lumhonvor barhonken entken enthon dolhonbar pilbar
kenvortur bargal kentur kenmispil pilbar ta ns honmis turvor
barmis ta ns dolgal sekvorgal ta ns honsek enthon
gallum ta ns lumturent bargal galgal ta ns sekbartur turvor sekbartur
hondol ta ns turbar sekvorgal ta ns kenvortur ta ns sekturbar galhonsek dolbarbar ta ns lumhondol
vorsek lumturpil
kentur ta ns pilbar lumhondol ta ns bardol pilhon ta ns honpilken galhonsek
barmis vorhon turvor ta ns enthon ta ns pilhon lumvor bargal
honmis dolbar turbar dolbar ta ns turbar turlumbar
pilhon barhonken sekbartur gallum ta ns galhonsek dolbarbar sektur galgal ta ns
lumhonvor dolbar hondol ta ns
dolbarbar honmis lumturgal
entsekgal ta ns barmis mislum vormis ta ns vormisken ta ns doldol
lumhonvor dolbarent sekdol honsek kenhonmis vorlum misgalsek sekbartur
lumdolgal ta ns lumhonvor hondol lumturpil ta ns vorhon lumhondol kenhonmis
barhonken misent dolbarent barkenhon turvor ta ns dolsek turvor honsek
dolbar turhonbar barpil mishon
honpilken kenhonmis galhonsek vorhonken ta ns bargal kenhonmis sektur dolgal lumturent
kenpil lumturgal
lumdolgal ta ns pilhon kenmispil lumturpil misgalsek bargal dolbar
entsekgal lumhondol ta ns lumturent
lumhondol dolhongal galgalsek ta ns dolhonbar sektur ta ns turdollum ta ns turbar barmis dolgal
turmishon ta ns kenent dolhonbar sekvorgal ta ns dolgal kenpil mishon ta ns kenmispil
sekvorgal vormis turhonbar hondol ta ns vorhon pilbar vorhon lumhondol lumhonvor
vorsek ta ns hondol vorhon entsekgal vormisken ta ns kenmispil lumvor doldol
turmishon ta ns bargal vorhonken barkenhon galgalsek entsekgal sekbartur honmis bardol vormisken ta ns dolgal
sekturbar ta ns sekbartur entken barhonken pilbar
vorsek hondol barkenhon pilhon mislum dolbar lumvor ta ns barkenhon lumhonvor
vorhonken sekbartur sekvorgal kenmispil mishon doldol sekdol barmis
turvor bargal honpilken
lumvor ta ns pilhon entsekgal honpilken entken turvor ta ns turbar
dolbarent ta ns turhonbar turlumbar ta ns vorlumdol
lumturgal gallum sekvorgal sekvorgal kenmispil
galgalsek barhonken ta ns sekdol
sektur dolhonbar sekvorgal ta ns dolgal lumturent ta ns
galgalsek ta ns honsek lumturgal ta ns lumhondol turdollum ta ns galhonsek
vormis ta ns pilhon
sekturbar ta ns mislum barmis kenpil barpil ta ns honsek galgal mislum
hondol sekdol ta ns vorlumdol ta ns
hondol turdollum ta ns kenhonmis
hondol kenmispil dolbar barkenhon kenent
gallum kenpil
lumturent ta ns sekbartur sekturbar ta ns entsekgal bardol barhonken ta ns turbar vormisken vorhonken
vormisken ta ns kenvortur ta ns honsek lumturent lumturent mislum sekvorgal ta ns bargal
kenvortur ta ns lumturent mislum vorsek sekbartur turlumbar ta ns honpilken
kenvortur ta ns gallum ta ns
hondol barpil bargal kenvortur ta ns vormisken galgal turlumbar
dolsek ta ns vordol lumvor dolgal kenent ta ns sekbartur entsekgal ta ns barhonken
vorhonken dolbar kenmispil lumdolgal ta ns bardol
lumbarbar lumturent
turdollum hondol barmis vordol kenmispil
galgalsek misgalsek ta ns kenpil
vorhonken dolbarbar ta ns dolhonbar pilbar turbar kenpil bardol lumturpil ta ns mislum
entken turvor ta ns bardol kentur lumdolgal barkenhon turdollum sekdol
lumbarbar ta ns dolhongal dolbarent barkenhon gallum barkenhon gallum dolbar
enthon ta ns lumhonvor
dolbar ta ns bardol gallum ta ns sekvorgal ta ns barhonken
vorsek barkenhon gallum bardol
entken lumhonvor pilbar honsek
dolbarbar ta ns pilbar
enthon ta ns lumturpil ta ns kenvortur dolhongal
gallum ta ns galhonsek barpil ta ns lumdolgal kenvortur
gallum ta ns vordol ta ns bargal lumvor kenent entken vorsek ta ns
misgalsek galgal ta ns kenent doldol
entken galgal honmis ta ns vorhon enthon ta ns mishon sekdol
kentur turmishon vordol vorlumdol
turmishon barpil vormis vorlumdol
hondol ta ns turdollum turbar
sekdol misent sektur galhonsek lumhonvor ta ns bardol barhonken
dolbarbar ta ns turdollum vormisken
lumhonvor barkenhon mishon ta ns barpil
honmis enthon enthon barmis ta ns bardol
vormis ta ns dolbar
dolbarbar ta ns kenhonmis turlumbar ta ns mislum vormisken mislum dolbarbar ta ns
entken dolgal galgal ta ns galgalsek ta ns bargal sekturbar honmis
galgal ta ns mishon sekbartur
dolbar dolhongal galgal turmishon gallum mislum
dolbar dolhonbar vorsek ta ns sekbartur
vorsek ta ns galgalsek ta ns doldol honpilken ta ns vordol misent
kenent barkenhon turmishon ta ns vorhon
sekvorgal vorhon vormis vorhon
vorsek misent entsekgal lumdolgal ta ns
vormisken hondol dolbarbar sekbartur vorhonken dolsek turdollum ta ns
vormisken kenvortur mislum turlumbar entsekgal dolgal vorsek sekbartur
vorsek gallum turhonbar kenvortur ta ns
entken kentur dolhonbar
honpilken ta ns honpilken barkenhon entken dolhongal
turvor ta ns pilhon enthon turvor ta ns
vordol ta ns kenvortur vormisken sekvorgal ta ns lumturgal ta ns lumturent
barmis ta ns kenhonmis turdollum barkenhon mishon vorlum bardol
vorhonken ta ns bargal dolsek misgalsek ta ns kenmispil
misgalsek honsek vorlum
dolbar ta ns galgalsek honmis lumhondol turhonbar lumdolgal ta ns hondol
turmishon bardol barhonken galhonsek dolbarbar hondol kenmispil
lumturgal vorhonken ta ns turlumbar turvor bargal
vorlumdol kenvortur pilbar
dolbar vordol kenmispil
galgalsek vormisken kenvortur vorhon
dolbar dolsek doldol lumdolgal galhonsek
gallum ta ns kenmispil vorhonken
kenhonmis ta ns dolhongal pilhon galhonsek kenhonmis gallum turvor ta ns kenent
hondol enthon pilbar ta ns dolgal lumhonvor
barmis ta ns mislum vordol
sektur ta ns barpil
vorsek kentur honsek vorlum kenvortur barkenhon pilhon vorsek ta ns
galgal vorlum ta ns mislum lumhonvor
lumhonvor ta ns turmishon
turmishon ta ns vorsek turbar sekdol
honmis turvor vorhonken bardol
pilbar ta ns mislum entsekgal
turmishon pilhon mislum vorlumdol vormis bargal vorhonken ta ns vorhonken
galgal barmis ta ns galgal ta ns honsek vorlum entsekgal misgalsek vorhon
enthon bardol lumdolgal barmis turvor ta ns turbar dolsek ta ns
barpil turdollum dolgal lumturpil dolhonbar pilhon bardol galgalsek lumvor
lumturgal kentur mislum
kenpil dolbarbar
barhonken ta ns sekbartur lumturpil honpilken dolhongal
honpilken vorsek turbar galgal vormisken ta ns galgal ta ns turhonbar
lumhondol dolhonbar kentur honpilken
dolbarent dolbarbar lumdolgal vorhon lumbarbar ta ns galhonsek
kenvortur ta ns barpil dolhongal lumturpil
vorlumdol ta ns hondol ta ns bardol sektur doldol
vordol lumturgal ta ns entken ta ns sekbartur kenpil dolhonbar sektur
barhonken barhonken ta ns turhonbar pilbar
dolbar ta ns kenvortur dolbarent ta ns turhonbar honmis vorlumdol honsek
lumturpil barmis dolhongal vorhonken pilhon misent kenvortur
vormis dolhongal lumvor turmishon
barmis galhonsek kenent mislum vorlum ta ns dolsek ta ns vorhonken honmis
sekturbar ta ns doldol turmishon dolbar vorlumdol
galgal ta ns honsek entsekgal honsek sektur lumvor vormis ta ns barkenhon
enthon mislum dolbar vordol dolhongal galgal kenmispil
kenpil ta ns lumturent ta ns doldol sekvorgal kenpil ta ns lumhondol lumhondol ta ns
vormis ta ns barkenhon turmishon kenmispil sekvorgal ta ns doldol
turdollum galhonsek hondol turhonbar mishon ta ns
dolbarbar ta ns mishon
dolbarbar doldol vordol galhonsek pilbar barhonken ta ns dolhongal vorlumdol turdollum honsek
lumbarbar pilbar ta ns kenmispil mishon ta ns vormisken dolbar
gallum misent lumturgal kenent dolgal lumhonvor
sekvorgal ta ns vordol ta ns vorhonken barkenhon kenhonmis ta ns turbar
barmis barpil ta ns kenhonmis
galgal barpil hondol ta ns dolgal
entken vorhonken ta ns turbar vorsek
lumdolgal ta ns enthon pilhon misent sekturbar ta ns honpilken ta ns barkenhon pilhon
kentur dolgal dolbar ta ns
dolbarbar ta ns kenmispil dolbarbar
vorhonken dolgal kenhonmis turmishon ta ns pilbar ta ns vorlum
enthon ta ns dolhongal vorsek
turlumbar ta ns dolhongal kenent ta ns
lumturent dolgal vorlum bardol sektur honmis ta ns turbar turmishon vorlumdol turhonbar
vorlumdol ta ns dolhonbar gallum dolbar ta ns lumdolgal
turdollum bardol dolbarent bardol
vorhonken vorlumdol barkenhon vorhonken ta ns turhonbar
kenvortur turbar lumbarbar dolhonbar
entsekgal ta ns misent lumhondol sekbartur turvor turbar lumvor entken sekbartur vormis ta ns
enthon turhonbar lumhonvor ta ns dolgal hondol dolbarent bargal lumbarbar turhonbar
galgalsek ta ns honpilken mislum lumturgal honsek turvor ta ns
lumbarbar honpilken mislum turdollum turmishon bargal
dolbarbar ta ns bargal kenhonmis dolgal sekvorgal barpil kenmispil
entsekgal turvor lumturpil honsek vordol lumhondol mislum
sektur ta ns vorhon turdollum lumhonvor ta ns doldol lumturent ta ns vorhon
vorlumdol ta ns barkenhon dolsek dolbarbar ta ns bargal entken turlumbar ta ns sekvorgal doldol
vorsek ta ns vorhonken kenent ta ns entken mislum
galgal ta ns galgal dolgal
barmis ta ns sekbartur sektur ta ns
kentur ta ns kentur entken doldol turlumbar ta ns barkenhon sekdol
barmis turhonbar vorlumdol ta ns bardol vormis ta ns lumhondol ta ns barkenhon
barpil kenent ta ns sekbartur lumbarbar misgalsek turbar
galgalsek ta ns dolgal lumturent turbar vordol ta ns bardol galgal kenmispil
hondol ta ns kenmispil lumhonvor dolgal lumturpil kenpil
dolbarent entken turlumbar ta ns turmishon dolgal vorlum dolhonbar sekturbar
sektur sekturbar
dolsek honsek misgalsek barmis barkenhon kenhonmis vormis bardol vordol ta ns
sekturbar turmishon lumturgal ta ns dolgal
hondol lumbarbar vorhonken galhonsek kentur ta ns galhonsek pilbar dolhongal
lumvor ta ns kenmispil sekdol turhonbar sekdol ta ns
vorlumdol doldol kentur sektur
mishon bardol lumhondol
turmishon dolbarbar honpilken sekbartur lumhondol lumturgal kenpil
barhonken barkenhon sektur dolbarbar barkenhon kenent ta ns dolgal misgalsek ta ns
lumhonvor vordol
kenpil ta ns dolgal turmishon vormisken ta ns turhonbar galgalsek dolhonbar
entsekgal ta ns pilbar honmis galhonsek
honmis ta ns enthon barkenhon dolsek sekvorgal
barmis bardol gallum ta ns dolsek
honpilken dolhongal barhonken hondol
pilhon ta ns sekbartur lumturgal sekdol lumhonvor vormis
turlumbar ta ns barhonken sekvorgal ta ns vorlum
lumbarbar ta ns vormis lumhonvor bargal kentur mislum lumdolgal
vorlumdol ta ns barkenhon hondol ta ns
kenvortur kenvortur dolhongal lumvor mislum kenpil vorlumdol ta ns
lumvor kentur ta ns dolbarbar mishon dolbar dolgal
vormis ta ns barkenhon sekdol honmis galhonsek vorlumdol ta ns lumhondol ta ns vorlum ta ns
turlumbar ta ns lumbarbar dolgal sektur
kentur ta ns dolgal kenhonmis doldol vorsek vordol hondol doldol dolbar
lumbarbar sektur gallum turhonbar
dolbarbar lumturgal lumturpil lumbarbar turhonbar
vordol ta ns lumbarbar bargal vorhonken ta ns
honpilken gallum
barhonken galgalsek bardol sekturbar ta ns kenvortur ta ns mislum
entsekgal ta ns dolhonbar kentur misent lumhondol kenvortur ta ns kenhonmis ta ns vorlumdol
lumturpil ta ns mislum barhonken kenmispil barpil ta ns
vordol lumturpil mislum lumturent
lumdolgal ta ns bargal honpilken ta ns lumdolgal kenhonmis gallum turbar dolsek dolhongal
dolbarent turvor ta ns galhonsek lumturpil ta ns sektur enthon vorlum
kenpil ta ns dolhongal dolbarbar bargal vordol ta ns
vorsek ta ns galgalsek ta ns vorlum ta ns entken ta ns turvor pilhon ta ns
turmishon turmishon bardol kenent vorlumdol dolsek galhonsek
mishon dolhonbar lumhondol barkenhon vorsek bardol lumhondol ta ns bardol mishon
lumvor dolsek bargal lumhonvor turvor dolbar ta ns
enthon turhonbar vorhonken sektur turbar lumturent ta ns lumvor ta ns lumturgal
turlumbar turhonbar turdollum lumdolgal ta ns
entsekgal sekbartur kentur enthon hondol
dolbarent ta ns dolhonbar entken ta ns turlumbar vormisken bardol
entsekgal turvor kenmispil hondol dolhongal sektur ta ns doldol
lumhondol entken lumturpil dolbarbar barkenhon galgalsek
turmishon turdollum ta ns kenpil dolhonbar vormisken ta ns
dolbar ta ns mislum mishon kenhonmis honmis sekdol turbar
dolbar ta ns dolgal lumvor pilhon dolbarbar
kenhonmis ta ns lumturpil dolhonbar
hondol sekvorgal sekbartur sektur kenvortur dolhongal
dolsek honpilken
kenhonmis vormis bargal
vormisken vorhon kenpil lumbarbar ta ns vordol
vorlum dolbarent barpil
misgalsek ta ns doldol lumvor honsek
kentur ta ns barmis turlumbar vorhon lumbarbar kenpil
barhonken dolhonbar lumturpil turvor lumturpil
vorhonken kenent ta ns sektur sekvorgal ta ns turhonbar turvor doldol
dolsek bardol vorhonken ta ns entken mishon ta ns mislum dolbar sekvorgal sekbartur
turvor ta ns barpil ta ns vormis sekdol ta ns bargal kenvortur ta ns vormisken
sekturbar gallum ta ns enthon ta ns honpilken dolbarent lumdolgal ta ns
dolbar dolgal honpilken sektur lumturgal ta ns pilbar sekbartur sekturbar mislum
mishon vorhon entken
honmis dolbarbar vorsek ta ns honsek vorhonken lumhondol
vormis sekturbar doldol honpilken ta ns kenvortur galgal lumturent
kenpil turmishon turvor kenpil entsekgal ta ns
pilhon lumturpil galhonsek kenhonmis ta ns vormisken ta ns bargal lumturgal
galgalsek ta ns turbar vorhonken vordol
turvor bargal galgalsek
kenvortur turmishon sekbartur lumvor turdollum honpilken dolhongal entken
vormis doldol dolbarbar vordol sekvorgal ta ns entsekgal lumturgal
mishon hondol bargal
turmishon turvor ta ns mislum vormisken dolbar barkenhon lumvor ta ns kenvortur dolgal
entken kenmispil sektur ta ns mislum hondol dolhongal lumvor turvor lumturgal misent
dolbar ta ns kenhonmis ta ns dolbarent barkenhon kenhonmis ta ns turdollum sekdol ta ns
misgalsek turmishon
vordol ta ns doldol sekdol lumhondol ta ns dolhongal enthon honmis ta ns misent
vorlum bargal lumturgal ta ns turdollum honsek vordol ta ns turhonbar dolsek dolhongal turlumbar ta ns
sektur vorsek barkenhon galgal honmis turmishon sekbartur vormis
turvor lumturpil ta ns turmishon dolgal entsekgal misent
dolsek ta ns galhonsek lumdolgal bardol vorhonken
kenvortur turmishon honpilken
turmishon entsekgal barpil ta ns galhonsek sekdol
kenhonmis turhonbar barpil ta ns
honpilken honsek turlumbar
galgal misent galgalsek dolbarbar barhonken ta ns sekbartur kenhonmis
honpilken mislum vorlumdol
lumhondol ta ns dolbarent ta ns bargal turdollum sekbartur lumbarbar ta ns sekvorgal lumbarbar
misgalsek kenvortur ta ns vorhon turvor turlumbar ta ns dolgal kenpil misgalsek ta ns
sekturbar kenent turbar turdollum bargal entsekgal lumhonvor dolhongal
turmishon pilhon ta ns kenmispil vorlumdol
vormis turdollum misent barpil
lumturpil galhonsek misgalsek honmis ta ns barkenhon kenpil dolhonbar enthon dolhongal
lumhondol sekbartur barpil vorhon vormis honsek pilhon
turdollum ta ns turbar vorlum entken vordol
barmis dolhonbar sektur
vormisken misent sekvorgal dolbar sekdol sektur turhonbar
entsekgal mislum turdollum mislum
dolbar turhonbar turmishon sektur kentur vorlumdol doldol
vordol dolhongal lumhondol ta ns turmishon barhonken kenmispil dolbarent dolhonbar
barhonken lumturgal enthon dolsek
dolsek ta ns vorhonken vorsek sekbartur
kenent ta ns turdollum ta ns vorlum galhonsek kenent kenmispil
sekvorgal dolbarent lumturgal mislum vormisken pilbar
pilhon kenvortur lumhonvor misent entken
turdollum sekdol vorhonken lumhondol turvor turlumbar
vormis vormis ta ns
entsekgal vormis galhonsek honmis galhonsek kenent lumturpil dolgal
vorlum vormisken doldol vormisken ta ns sekvorgal misgalsek honmis turbar
misgalsek turdollum
lumturgal turbar dolbar ta ns honpilken ta ns dolgal vormisken ta ns turdollum
turvor dolsek ta ns galgalsek vorsek ta ns dolbar dolhongal
honpilken barpil kenmispil kenhonmis bargal turdollum ta ns
dolbar turhonbar lumturent ta ns dolgal pilhon turvor honmis ta ns lumvor
kenvortur sekbartur galgal
vorsek galhonsek vorsek misent
mishon barhonken ta ns bardol turlumbar enthon ta ns honsek
barmis ta ns turhonbar dolsek dolbar ta ns bardol turlumbar ta ns turhonbar dolbarbar dolhonbar galgalsek
sekdol dolgal turdollum dolbarent dolhongal dolbar vordol misent
vormisken ta ns dolhongal lumhonvor bardol kentur vorlumdol dolbar ta ns turvor bardol
turlumbar sekdol galgal mislum
vormisken sekdol
vorlum ta ns dolsek vorlumdol ta ns lumhonvor ta ns turhonbar lumdolgal sekvorgal bardol
honpilken ta ns pilbar
sekvorgal sekdol sektur ta ns dolhonbar
misgalsek pilhon ta ns galgalsek ta ns mislum kenhonmis ta ns lumturgal
lumhondol ta ns kenpil ta ns barkenhon dolbarent lumturgal dolhongal sekturbar kenhonmis dolhongal
enthon misent dolbarbar turlumbar ta ns
vorhonken pilhon ta ns vormisken ta ns
vorlum vordol sekturbar ta ns lumbarbar honpilken entken dolgal
lumhondol ta ns barkenhon sektur ta ns sekturbar ta ns barhonken ta ns mislum
vorlum ta ns honsek lumturent vormis galhonsek lumturpil ta ns sekbartur kenhonmis honsek
galgal galhonsek lumturgal ta ns
sekvorgal galhonsek kenent doldol sektur sekturbar turlumbar ta ns
barmis ta ns turbar lumturent
lumturent vordol lumturpil ta ns
gallum dolhonbar entsekgal dolhongal honmis barkenhon sekdol
kenhonmis dolhongal dolbarent barpil turbar barpil kenvortur bardol lumhonvor ta ns galhonsek
vorlum ta ns sekdol turhonbar
galgalsek ta ns doldol mishon
gallum ta ns dolbarent dolhonbar kenpil ta ns turbar
gallum honsek pilbar ta ns vorhonken galhonsek kenvortur doldol kenvortur turmishon misent
turvor ta ns vordol barpil turmishon doldol entken ta ns
lumhondol dolgal barhonken ta ns barkenhon turlumbar turmishon vorsek
galgalsek dolbarbar ta ns sektur kenmispil mishon
vormis dolhonbar pilbar turmishon ta ns lumturgal ta ns vorhon
barpil ta ns pilbar bargal lumturgal dolhongal sekdol kenpil ta ns
sekturbar ta ns hondol misent lumvor doldol
kenhonmis turdollum turbar
enthon misgalsek ta ns lumturpil turbar kenvortur dolsek hondol ta ns
vorlumdol ta ns barkenhon lumturent
sekdol galgalsek ta ns lumbarbar honsek entken turbar
vormis turbar honpilken ta ns mislum lumvor dolsek ta ns misent
pilbar sekbartur sekvorgal barhonken ta ns pilbar barkenhon
honpilken barkenhon honpilken barhonken ta ns
lumturent bargal hondol ta ns vorhonken ta ns sekbartur
vorlumdol dolsek sekbartur
kenent gallum ta ns pilhon ta ns dolbarent vorsek ta ns misent vormis
turdollum bargal vordol turhonbar sektur
barhonken misent dolbarent mislum hondol entken dolhonbar
misgalsek misent pilbar
honpilken barkenhon lumbarbar turhonbar lumhonvor kenmispil enthon doldol lumhondol ta ns dolsek
entken sekdol ta ns kenmispil enthon ta ns honmis vordol lumturent
vorsek turvor honmis entsekgal
sektur ta ns galhonsek hondol ta ns turbar vorlum
lumbarbar ta ns lumturent misent lumturgal dolhongal honpilken
turmishon ta ns kenpil galgal kentur honmis vorhonken misent
lumdolgal ta ns entken ta ns
lumdolgal ta ns sekbartur sekdol sektur ta ns turlumbar vorsek barhonken ta ns
hondol kenhonmis
lumbarbar ta ns barkenhon lumhonvor misent dolsek ta ns dolhongal lumturent enthon dolhonbar vormis
hondol ta ns mishon ta ns lumbarbar sekturbar mislum sekvorgal
sekturbar gallum mislum lumvor
sektur kenvortur barkenhon barhonken ta ns doldol pilbar dolgal vorhonken bardol lumhondol bargal
lumdolgal vordol
dolbarent vormis
kenpil ta ns lumhondol dolhongal vormis ta ns misent honpilken ta ns dolbarent ta ns
vorhonken ta ns pilhon sekturbar kenmispil barpil ta ns turbar entsekgal ta ns kenmispil mishon sekbartur
turdollum honmis vorsek
galgalsek pilhon dolbarbar ta ns mishon vorsek ta ns pilhon galhonsek
gallum ta ns misent kentur ta ns
lumturent lumhondol ta ns galhonsek lumturpil turbar sekturbar doldol mishon ta ns kenhonmis ta ns
vorhonken dolgal enthon honsek galgal
sekdol bargal lumhonvor vorhon kenvortur pilhon ta ns vorsek ta ns vorlumdol ta ns bardol
galgal kenpil gallum dolgal lumdolgal galgalsek mislum kenhonmis dolgal
kenhonmis lumvor entken ta ns bargal
hondol honpilken ta ns doldol galgalsek galhonsek pilbar turbar dolbarbar vorhon kenent dolhongal
dolbarent kenmispil pilbar kenmispil
honmis ta ns mislum pilhon vordol kenvortur gallum bardol lumturpil ta ns
hondol misent misgalsek ta ns turmishon ta ns
turvor gallum ta ns mislum
dolbarent ta ns sekbartur galgal
misgalsek ta ns dolhongal vorlum vordol barkenhon barmis ta ns
kenpil doldol galgal doldol kenvortur lumhondol ta ns bardol kentur bardol kenvortur
vormis vormis galgal
honpilken enthon ta ns turmishon ta ns barpil turdollum ta ns turhonbar kenent
vorhonken kenhonmis dolgal vorhonken lumturpil misent lumhonvor turhonbar pilhon turbar
turmishon misent pilhon ta ns honpilken
galgal ta ns kenvortur ta ns turbar turmishon hondol dolhongal dolbarent ta ns
entken sekbartur turlumbar
sektur kenmispil kentur
misgalsek ta ns honpilken dolhongal lumhonvor sekbartur turvor dolhonbar lumhondol hondol
vormis turmishon vorsek ta ns dolsek ta ns honsek vorlum vorhonken sekbartur
turmishon vordol ta ns turvor ta ns misent lumbarbar
kentur kentur ta ns dolhonbar lumhondol dolbarent ta ns turbar
hondol barkenhon sektur barhonken
galgalsek lumbarbar lumvor kenvortur barmis ta ns sekbartur
turmishon ta ns dolgal entsekgal mishon dolgal vorsek vordol dolhonbar
turdollum dolbarbar ta ns barhonken dolgal
entken kenmispil lumturpil
kenent honsek honpilken sekdol sekturbar vorhon
barhonken bargal misgalsek honsek turvor ta ns
barpil barpil ta ns galhonsek lumturgal kenvortur turbar lumbarbar
entken ta ns sekdol ta ns kenhonmis galgal
sekvorgal honpilken ta ns turbar turvor ta ns vormisken kenhonmis
gallum ta ns honsek galgalsek vorhon
pilbar ta ns dolgal kenent ta ns kentur enthon
turvor ta ns kentur ta ns doldol dolbarent
gallum turhonbar turvor
sekvorgal ta ns sekbartur mishon dolbarbar ta ns turmishon
vormisken turhonbar lumbarbar kenmispil barpil dolbarbar
hondol pilbar ta ns entsekgal lumturent mislum vorlumdol vormis ta ns sekbartur
turlumbar ta ns dolhongal enthon ta ns sekbartur turmishon ta ns bardol
kentur turhonbar pilbar lumvor vorhonken ta ns dolhonbar dolbarent barmis
galgal barpil ta ns pilbar bargal sekdol ta ns
honpilken ta ns lumturpil ta ns barkenhon lumhondol ta ns lumturpil vorhon turmishon honmis mislum
gallum ta ns dolhonbar dolbar sekvorgal barkenhon lumhondol honsek
enthon dolgal honpilken turmishon turdollum kenvortur
lumhonvor vorlum dolhongal barmis hondol lumturent
barpil ta ns dolbar sekvorgal lumhonvor ta ns
lumbarbar kenhonmis
lumbarbar sekvorgal sekbartur entsekgal ta ns doldol sektur lumturpil ta ns misent
lumturpil lumvor sekbartur kentur ta ns dolhongal galgalsek mislum turvor lumturpil barkenhon
lumhonvor galgal dolsek
kenpil barhonken kenpil
kenpil vormis ta ns
hondol lumturent ta ns misgalsek ta ns dolhonbar lumdolgal galhonsek vorlum ta ns kenhonmis ta ns honsek
vormis ta ns sekturbar ta ns
barpil ta ns sektur turmishon sektur
dolbar galgal sektur turlumbar
gallum lumhonvor honsek turdollum kenpil sekturbar lumturpil ta ns
vormisken ta ns honsek vormisken turlumbar
honpilken ta ns misgalsek ta ns bardol dolbarbar doldol
galgalsek honmis
misgalsek lumturent
mishon kenmispil lumhonvor dolhonbar lumdolgal galgal honsek
turlumbar misent dolbar kentur lumturgal
sekdol sekbartur sekturbar ta ns sekbartur lumdolgal dolbarent sekvorgal kenvortur ta ns turhonbar
dolbarbar turdollum ta ns
vorlum ta ns dolsek
kenent kenhonmis ta ns turvor sektur hondol ta ns kenmispil
dolbar ta ns dolgal galgalsek lumhonvor ta ns misent barpil ta ns honsek vorlumdol sekvorgal turbar
sektur dolhongal vorlumdol sekturbar entken sekbartur
mishon lumbarbar ta ns
barmis ta ns misent sektur ta ns mislum
kenhonmis ta ns pilbar lumhondol ta ns bargal sekdol ta ns galgal ta ns turbar enthon ta ns dolhongal
sekdol sektur ta ns lumvor sekbartur barpil turdollum ta ns
galgal kenent
turdollum ta ns dolbarbar barhonken turbar
lumhonvor barpil ta ns sekdol bardol
gallum ta ns dolbar
pilhon ta ns pilbar honmis doldol enthon
galgalsek sekbartur kenvortur turbar turmishon vormisken ta ns turdollum galgalsek doldol
vorsek ta ns pilbar ta ns
misgalsek mislum enthon barkenhon honmis vorhon honmis dolhonbar
gallum honsek vorlumdol mishon hondol
lumturent kenmispil entken turbar vorsek vorsek galhonsek
dolbarent ta ns turmishon kenpil ta ns doldol lumdolgal
gallum ta ns honsek galgal ta ns sekvorgal ta ns bargal mishon bargal enthon kenmispil
mishon dolhonbar entsekgal lumvor ta ns turbar turlumbar turlumbar dolbarent
sekvorgal ta ns vorlumdol ta ns vorlumdol turbar lumturent
galgalsek dolbarbar ta ns hondol lumbarbar ta ns dolhongal galgalsek dolhonbar galgalsek
lumturpil ta ns sekbartur kenpil pilbar doldol turdollum mislum hondol ta ns doldol
galgal pilhon ta ns
lumdolgal sekvorgal mislum enthon sekbartur
lumturent turbar lumhondol ta ns
kenpil lumhondol bardol
barmis dolhongal dolbar ta ns honsek vordol dolbarbar dolbarbar
honpilken doldol lumhondol ta ns vorhon
turvor ta ns misgalsek ta ns lumturpil ta ns dolgal sektur turbar vormisken
vorsek lumhonvor dolgal pilhon ta ns vorsek ta ns doldol lumhonvor kenent ta ns
kenvortur turvor misent turdollum
barmis lumhonvor kentur ta ns sekbartur barhonken ta ns gallum vorhon
lumturgal dolbar vorhonken kenhonmis dolbarent mislum
lumvor vorlumdol
lumvor mislum turmishon ta ns honmis turvor turdollum vorlumdol
mishon lumbarbar barkenhon pilhon enthon
turmishon dolsek ta ns barkenhon
lumhondol sekbartur sekturbar ta ns lumhondol lumturent barpil bargal pilbar
lumbarbar ta ns kenpil misent lumvor ta ns dolgal
kenvortur mishon ta ns barkenhon honpilken ta ns vormis turhonbar dolsek ta ns galgal ta ns honsek
mishon ta ns turhonbar honmis hondol kenpil ta ns mislum lumdolgal kenmispil turmishon
kenpil doldol turvor ta ns sekvorgal
turlumbar dolbarbar sekdol vormis turlumbar ta ns
dolbarbar ta ns vorlumdol turbar lumbarbar kenpil misgalsek
kenent galgalsek ta ns turvor bargal dolsek ta ns
entken lumturent ta ns misgalsek mislum lumturent ta ns turbar misgalsek misent barhonken
galgalsek galgal ta ns misent barhonken entsekgal ta ns dolgal kentur
pilbar lumturent dolhongal lumturent dolhongal
barmis barhonken kenhonmis galhonsek entsekgal honpilken ta ns sekturbar
dolbarent misent kenvortur misgalsek ta ns turhonbar
lumhondol dolgal vormis vorhon vormis lumdolgal ta ns turbar
kenvortur barpil lumturent galgal ta ns bardol
hondol vorlum barmis ta ns galgal
lumhonvor sektur kenent mishon ta ns barkenhon lumhonvor bardol
entsekgal barkenhon entken enthon ta ns vormis ta ns misent honmis ta ns
turdollum ta ns kenpil kenpil ta ns dolgal kenent
dolbarbar ta ns bardol galgal
sekdol sekvorgal ta ns mislum kenvortur barkenhon misgalsek turhonbar barmis honsek sekturbar ta ns galhonsek
kentur ta ns turlumbar galhonsek barhonken galhonsek mishon turbar
kentur dolgal kenent vorlumdol galgal barpil barkenhon
gallum ta ns misent lumturent mishon sektur bardol vordol
vormisken barkenhon turvor turhonbar lumvor gallum mislum misgalsek sektur
gallum honpilken galgal vorsek kenvortur honsek
barpil honsek lumvor ta ns vordol vorsek ta ns turbar sekdol dolhonbar
kentur gallum lumturpil ta ns doldol turvor mislum
vormis dolhonbar vormisken dolgal pilbar ta ns
kenhonmis ta ns doldol turvor sekturbar honsek sekdol
kenvortur vorlumdol ta ns lumturgal ta ns pilbar vorhon
dolbarent ta ns galgal lumturent doldol
sekvorgal vormis ta ns sekbartur lumturpil kentur dolgal
galgalsek ta ns turlumbar ta ns
lumhonvor lumturpil dolgal barmis lumturgal vormis lumhondol bardol
entken turhonbar vordol ta ns dolgal vorlumdol dolgal vordol ta ns turmishon
honmis ta ns sekdol ta ns bargal
pilhon bargal pilbar lumhonvor bardol
pilbar entsekgal ta ns honpilken misent
honmis honmis barhonken ta ns hondol ta ns dolgal
sekdol hondol entken ta ns vorhon turdollum barhonken kenent
kenvortur dolbarbar kenvortur lumvor kenent ta ns galhonsek enthon vorhon
honmis vorhonken turbar barmis turlumbar bargal lumdolgal dolhongal
kentur ta ns kenhonmis
lumdolgal turvor honmis turbar
sektur dolhongal vorhonken ta ns lumturgal kenent ta ns kenent turhonbar
vorlum ta ns honpilken dolbarent vormisken ta ns sektur dolhongal
sekdol ta ns lumhondol turmishon
barpil kenvortur barpil kentur ta ns doldol
galgalsek ta ns barkenhon vormis ta ns dolgal sektur dolhongal turvor ta ns mislum vormisken pilbar turbar
entsekgal ta ns dolhongal dolsek ta ns lumhondol ta ns enthon ta ns
lumturgal ta ns sekdol ta ns entsekgal dolhongal barhonken vorlum entken dolgal
honpilken dolbarent ta ns hondol ta ns entken
turvor ta ns turhonbar vorsek ta ns turlumbar dolbar dolbarent turbar
kentur kentur honmis ta ns dolhongal vorhonken ta ns galgal ta ns
turvor turdollum dolhongal
gallum misent misgalsek
pilbar ta ns lumhondol ta ns sekvorgal galgal vorlum
sektur dolgal lumturgal ta ns kenpil ta ns sektur dolbarent bardol
lumturgal dolhonbar lumhondol pilbar entken barkenhon dolbarbar ta ns
sektur vorhonken
kenent sekvorgal ta ns lumhonvor kenhonmis honpilken
sektur barmis ta ns honsek galgal ta ns vorhon sekdol
kenpil doldol sekdol turdollum ta ns sekturbar ta ns
lumhondol dolhongal pilbar galgal
entken misent dolsek kenmispil turlumbar ta ns dolgal honmis ta ns bargal
turlumbar mishon galhonsek sekvorgal turhonbar
hondol sekdol misent vormis ta ns barmis ta ns turhonbar dolbar ta ns
lumhonvor dolgal vorhonken ta ns turhonbar vorhonken dolsek dolgal misgalsek sekdol
turvor dolhonbar vorhonken sekbartur entsekgal ta ns lumvor ta ns vorhon kentur dolgal lumturpil
turmishon vorlumdol entken barkenhon lumbarbar ta ns mislum barmis turvor
vorlum vormisken misgalsek turbar
lumturgal turdollum turhonbar
dolbarbar vorlumdol misent mishon ta ns lumturpil
kenhonmis turdollum ta ns honpilken
turlumbar ta ns entsekgal kenhonmis ta ns misgalsek ta ns
turlumbar kentur galhonsek sekdol ta ns vormis dolhongal sektur
kenhonmis bargal honpilken barkenhon honpilken
dolbarbar turbar kenhonmis dolhongal turvor galhonsek
galgalsek galgal ta ns
turvor ta ns dolhonbar lumhonvor kenpil bardol kentur
turmishon vorlumdol turhonbar lumturpil ta ns bargal vorlum kenvortur
lumhonvor ta ns vordol ta ns mislum
turmishon barkenhon pilbar ta ns vormis kentur entken ta ns
turlumbar misgalsek ta ns dolhonbar
kentur galhonsek sekdol ta ns lumhonvor
lumdolgal dolgal dolbar ta ns lumbarbar ta ns sekbartur vorsek ta ns turbar vorhonken ta ns dolhonbar
vorlum vorhon kenvortur honpilken vordol entken
dolsek dolhonbar sekvorgal dolgal sekturbar ta ns
lumturent ta ns sekbartur lumhonvor ta ns
turlumbar honsek sekvorgal
hondol dolhonbar dolbarent ta ns kenmispil sekdol ta ns turhonbar pilhon misent barpil ta ns enthon mislum
vorhonken kenpil misent gallum ta ns dolsek ta ns mislum barmis vorhonken
entsekgal turhonbar vormisken honsek
galgalsek dolbarent kenent honmis galgal
turmishon dolhonbar gallum sekbartur vorlumdol kenmispil sekvorgal turhonbar barmis ta ns
lumhondol dolgal gallum
lumhondol galgalsek galhonsek
kenvortur dolhonbar dolbarbar kenpil dolbarent ta ns
entken galhonsek galgal
sekturbar ta ns galhonsek lumvor ta ns turbar dolbarbar ta ns dolbarbar ta ns kenmispil lumturgal doldol
vorlum ta ns dolhongal hondol mislum lumbarbar sekdol bargal vorlum
turlumbar ta ns hondol hondol honsek
vorlumdol ta ns turbar vorsek misent entsekgal ta ns turbar kenvortur turhonbar sekvorgal mislum sektur
vordol barpil ta ns turlumbar kenent dolbarbar
vormis sekturbar ta ns vorlum
entsekgal sekbartur lumturpil lumbarbar barhonken lumhondol ta ns doldol
vorhonken vorhonken
vordol ta ns dolgal entken dolgal turmishon ta ns lumturent ta ns kenvortur kenhonmis
entsekgal doldol mishon
dolsek mislum enthon barkenhon dolsek ta ns mislum misgalsek ta ns bardol galgal ta ns lumturgal ta ns
misgalsek kenmispil honmis
dolbarbar honpilken
galgal turhonbar vorlum ta ns sekvorgal ta ns kenmispil kentur honsek lumvor turdollum ta ns sekbartur
pilbar ta ns lumturent ta ns turmishon dolbar ta ns kenmispil
vorlumdol vormis vorhonken ta ns entsekgal vormisken dolsek doldol
lumhondol kenmispil lumbarbar ta ns
vormis barhonken pilhon ta ns sekbartur
kenpil misent lumturgal dolbar honpilken ta ns
hondol ta ns lumhondol turhonbar enthon lumhondol ta ns turhonbar honmis bargal
lumturent pilbar
dolbarent ta ns bargal sekvorgal ta ns kenmispil lumbarbar ta ns dolhonbar kenpil ta ns sekbartur kentur ta ns
vorhonken enthon barpil ta ns kenmispil
dolbarbar turhonbar sektur dolgal turmishon lumturent bargal
vorlum honpilken ta ns sekdol turdollum ta ns dolgal
entsekgal dolbarbar entsekgal doldol galgalsek dolhonbar
misgalsek ta ns sekdol galhonsek sekvorgal barhonken ta ns mishon
dolbarbar enthon bardol
barpil dolhongal vorsek ta ns
lumvor entsekgal vorhon sektur barmis lumturpil ta ns sekdol
lumturent dolgal turlumbar dolhongal sekvorgal barhonken turhonbar vorhonken turhonbar vorhonken
sekdol ta ns gallum doldol
vormisken ta ns dolhonbar dolbarbar ta ns turhonbar kenpil ta ns sekbartur
turvor galhonsek misgalsek ta ns sekvorgal ta ns
lumhonvor ta ns sektur vorsek dolsek dolhonbar dolbarbar
turmishon entken dolsek
enthon ta ns vorlum vorhon vorhonken
mishon gallum bargal lumvor bardol vorlumdol barpil
dolbarent ta ns honsek lumturent mishon ta ns
misgalsek doldol enthon kenhonmis doldol
vordol turlumbar
honmis galgalsek lumhonvor ta ns lumvor ta ns turvor ta ns kenent ta ns
vorlum lumturent ta ns mishon ta ns mislum hondol ta ns
turlumbar ta ns galgal ta ns kenvortur mislum
vorlum ta ns sekbartur kenvortur dolhonbar
turmishon dolbar ta ns pilhon barhonken mislum vordol
kentur ta ns barmis ta ns
kentur honmis
vorsek mishon dolgal vorlum dolbar honsek vorhonken turbar
dolbarent dolbarent vorhon vorlumdol vorhon barhonken turlumbar ta ns
lumvor hondol kentur ta ns dolgal
entken sekbartur turdollum ta ns dolhongal vorlum sekdol ta ns dolhonbar
pilbar lumturgal sektur ta ns turhonbar lumdolgal entsekgal galhonsek
pilhon kentur barhonken
sekturbar barkenhon lumturent ta ns turbar honpilken ta ns barkenhon
entken vorhon turvor turlumbar ta ns kentur vormis vorhon turlumbar
sekturbar turlumbar
mishon ta ns barmis turhonbar lumvor lumbarbar barkenhon
kenpil pilbar ta ns
turmishon mislum barhonken barkenhon galgal vorlumdol ta ns dolgal turvor ta ns lumdolgal
vorlum mislum vorlum galgalsek kenmispil
vorsek bardol pilbar vorlum dolhonbar turdollum dolhonbar
pilhon ta ns barpil ta ns dolhongal
vorsek turhonbar barmis honpilken ta ns dolsek vorlum ta ns
kentur sekbartur dolsek
gallum vormisken ta ns bardol lumturgal kenhonmis dolhonbar
pilbar vormisken bargal dolbarbar dolgal honpilken ta ns honsek
lumbarbar dolgal galgal ta ns bardol
barpil ta ns dolgal hondol ta ns mishon mishon ta ns kenhonmis
vordol ta ns turvor barpil
galgalsek ta ns dolbarent vorhon pilbar kenhonmis lumhondol doldol vormis ta ns
sektur hondol dolhongal entken ta ns dolgal entsekgal
kenent ta ns barkenhon galgal
lumdolgal ta ns sekbartur sektur galgalsek mishon kentur sekdol
honpilken ta ns kenvortur ta ns pilhon pilbar ta ns vorhon
barpil ta ns lumhondol ta ns dolbar kenent
lumturgal vordol ta ns turvor ta ns vordol turbar vordol galhonsek
honpilken bargal vorhonken mislum
lumvor dolsek turvor ta ns turbar barmis barhonken
honmis barkenhon vorhonken doldol vormis
kentur pilbar mislum
turmishon vorhon kentur
lumbarbar sekbartur galgal gallum dolgal barmis honsek sekturbar bargal vordol kenmispil
lumturpil dolgal turmishon hondol sekbartur kenvortur ta ns
vorlum dolbarbar bargal turlumbar sekbartur lumvor
vorlumdol sekturbar lumvor
turvor vorhon kenent enthon vormis barkenhon
pilhon vormis ta ns dolhongal kenvortur vormisken mishon galhonsek
lumvor lumbarbar vorsek lumbarbar ta ns turlumbar
vordol kenvortur doldol entsekgal ta ns vormis
dolbarent turvor sekturbar doldol
misgalsek misent mishon ta ns galgal
enthon ta ns kenvortur
vorsek misent turvor enthon entken lumhonvor pilhon
barpil honsek honpilken
lumturgal kenmispil kenhonmis barkenhon
dolsek ta ns dolhonbar honpilken ta ns sektur lumturgal vordol dolgal turvor
lumhonvor sektur ta ns kenent honsek vormisken
lumturgal barpil ta ns dolbar vormis bardol mishon ta ns lumbarbar
dolbarbar lumbarbar doldol barmis honmis ta ns honsek
kenvortur sekbartur vordol dolgal
kenent ta ns barhonken turdollum honsek
turdollum sektur mislum enthon mislum kenvortur ta ns
pilbar ta ns hondol
vordol vorsek misent
mishon lumturpil sektur ta ns
sekdol doldol dolbarent ta ns lumvor galhonsek vormisken barkenhon
mishon ta ns vorlum ta ns bargal vorsek turbar vordol ta ns galhonsek entsekgal ta ns entken
galgal vorlum mishon ta ns kenmispil lumturent ta ns turbar
vordol honsek lumhonvor
turmishon ta ns barmis kenpil turmishon galhonsek vorlum ta ns kentur ta ns
galgalsek doldol gallum lumturgal barmis turbar vorsek ta ns misent dolbarent
hondol barkenhon pilbar entken doldol entsekgal lumhonvor
dolbar ta ns sekdol ta ns vormis ta ns dolhonbar kenpil entsekgal entken vorhon
lumhonvor ta ns honmis turhonbar galgalsek
lumturgal vorhon honmis sekbartur vorlumdol ta ns pilbar
lumvor vormis honmis dolhonbar barpil dolbarent mislum
enthon galgal sekdol ta ns turmishon ta ns bargal sektur
vormisken ta ns doldol barpil ta ns turlumbar mislum
lumhonvor ta ns lumhonvor ta ns kenhonmis honsek lumvor ta ns vordol
vormis ta ns vormis mislum kenhonmis ta ns turdollum galhonsek
galgalsek dolbarent turlumbar kenpil dolhongal vormis barkenhon sekturbar ta ns
lumvor turbar pilhon honsek kenvortur bargal
misgalsek ta ns kentur lumturent kenent enthon kenmispil
turmishon ta ns entken dolgal
lumturgal dolbarbar galhonsek kenpil barkenhon dolbarbar
kenhonmis galhonsek vormisken doldol turlumbar misent
lumdolgal bardol barmis
lumhonvor dolbarbar barkenhon vorlumdol honpilken ta ns turvor galhonsek
turdollum sekdol vorhon sekdol bardol sekturbar ta ns gallum lumdolgal
barmis honpilken lumturpil ta ns kentur hondol ta ns
lumvor ta ns turmishon ta ns vorlumdol vorsek bardol vorlum pilhon barkenhon
dolbarent vormisken kenmispil hondol
pilbar ta ns mislum lumhondol bardol barpil ta ns
vorsek ta ns dolsek dolgal galgalsek bardol
lumvor ta ns misent turdollum pilhon misgalsek lumbarbar misent mishon ta ns vorhon
kentur dolhongal lumdolgal ta ns
galgalsek enthon enthon ta ns misgalsek lumdolgal ta ns doldol mishon ta ns
honpilken lumturgal vorhon entsekgal vorsek turvor
enthon dolbar
vorlum turlumbar
vorsek ta ns dolhongal enthon vorhon misgalsek mishon sekbartur
kentur turbar lumvor vorhon vorlumdol ta ns bargal vorlum ta ns lumturpil hondol ta ns bargal
lumvor ta ns lumdolgal
sekdol doldol vormisken misgalsek pilhon entken
vorsek dolhonbar gallum ta ns bardol lumvor dolgal kenhonmis
honmis vormisken ta ns dolhongal
hondol vordol kenmispil
lumhonvor enthon barpil ta ns vormis
kenhonmis galhonsek galgalsek ta ns turhonbar
lumhondol ta ns vormisken ta ns dolhonbar vorhonken ta ns
lumvor kenmispil misgalsek galhonsek
vormis misent barpil
vorhonken honpilken ta ns lumbarbar
barhonken ta ns galgalsek
turlumbar ta ns dolbar
lumturpil honmis vordol
turvor ta ns gallum kenvortur mislum barpil ta ns bardol hondol vorsek
honpilken sekbartur lumturpil lumvor turbar pilbar ta ns mislum lumturpil
galgal sektur kentur dolsek vorlumdol dolhongal sektur
kenent honsek hondol barkenhon vorsek vormisken mislum hondol
dolbarent entsekgal ta ns dolhongal kenent galgalsek turbar sekturbar ta ns kenhonmis ta ns
pilhon dolhonbar kenpil galhonsek kenpil turvor bardol sekvorgal
turdollum vorhon pilbar pilhon ta ns dolbar ta ns lumbarbar sekbartur
lumturgal dolsek ta ns honsek gallum bardol
vordol dolgal sektur ta ns galhonsek dolbarbar ta ns dolgal
kentur ta ns lumhondol
vordol turbar vorlumdol
turvor vormisken ta ns dolhonbar mishon
sekturbar turmishon mislum kenent turbar vorhonken ta ns
lumturpil honmis ta ns turhonbar kenhonmis ta ns doldol vormisken ta ns turhonbar kentur ta ns bargal kentur
vormis barhonken
sekvorgal vorlumdol ta ns
kenpil ta ns lumhonvor
kenpil ta ns vorhon misgalsek sekvorgal bargal vorsek ta ns dolgal honpilken
vorhonken turlumbar enthon pilbar vorlumdol
honpilken dolhonbar lumdolgal
enthon sekdol turvor lumturent misgalsek barkenhon
kenhonmis dolbar doldol lumturpil galhonsek
misgalsek ta ns sekbartur lumturpil misent
enthon ta ns dolbarent dolhonbar sektur lumhonvor mislum sektur dolhonbar hondol ta ns
kenvortur ta ns entken ta ns galhonsek turvor dolhonbar barpil bargal
lumhonvor ta ns barmis gallum ta ns doldol
pilbar ta ns turbar hondol turdollum
sekdol ta ns galgal ta ns
pilhon misgalsek dolgal entken galgal ta ns sekturbar bargal
gallum turmishon mislum lumbarbar
barpil ta ns barkenhon turvor ta ns sekturbar ta ns turhonbar pilbar
lumturpil ta ns vorsek vorhonken ta ns bardol kenvortur ta ns turbar entsekgal kenent mislum
lumdolgal mishon ta ns lumturent pilbar ta ns
vorsek kenmispil lumhonvor ta ns
lumhonvor barkenhon vorhonken turhonbar vorhonken dolhongal
vormis pilbar ta ns doldol lumhonvor ta ns vorsek
kentur ta ns sekdol mishon ta ns lumbarbar lumturgal ta ns
turvor vorhon misgalsek kenmispil
turdollum turhonbar entken
vorlumdol kenpil ta ns honmis
kenpil galgalsek honsek lumvor ta ns misgalsek vorhon misgalsek
lumbarbar turhonbar dolbar ta ns
kenent ta ns sektur ta ns honmis sektur galgal dolhongal
pilbar sekvorgal dolhonbar sekvorgal vorhon lumturpil ta ns barmis vormis ta ns dolhongal
sekdol turbar turmishon ta ns turvor vorhonken turhonbar pilbar ta ns kenhonmis
dolbarbar ta ns mislum kenent turhonbar
misgalsek galhonsek gallum doldol lumbarbar ta ns
honmis honpilken bargal
hondol dolbarent ta ns dolgal kenpil ta ns dolbarent ta ns
lumturpil dolhonbar turdollum ta ns dolgal dolbarent lumturpil dolbarbar bargal
gallum sekturbar ta ns misgalsek vormisken enthon ta ns honsek
lumbarbar turlumbar
gallum lumhondol dolbarent ta ns dolbarbar ta ns kenpil
lumhondol ta ns galhonsek misgalsek kenhonmis vorhon
entsekgal ta ns kenmispil turvor turvor ta ns galgal lumturgal
dolbarbar doldol honmis ta ns kentur kenmispil lumturent honsek
sekdol galgal bargal
vorlum barmis ta ns bargal vormisken ta ns honmis ta ns kenmispil lumturent sekbartur
pilbar ta ns gallum bargal dolbar lumturgal mislum kentur ta ns dolhonbar
kentur ta ns barkenhon vorhonken misent dolbar misgalsek misent barpil
lumturpil turhonbar dolbarbar ta ns mislum lumturgal
barmis dolbarbar bargal lumvor ta ns entsekgal doldol honmis kenmispil
lumhonvor ta ns galgalsek turbar sekturbar
turmishon dolbarent honmis kenmispil dolbarbar
vordol bargal vorhonken ta ns kenhonmis
sekturbar mislum sekvorgal barkenhon dolbar ta ns pilbar mislum kenent lumturent
sekdol ta ns turdollum vorsek sekbartur enthon turmishon
dolsek lumvor ta ns
barhonken kenmispil sekvorgal
turdollum ta ns kentur barkenhon lumhondol pilhon
dolbarent honsek pilbar entsekgal dolhonbar lumturpil
dolsek ta ns mislum kenent honsek lumturgal misent
sektur dolhongal lumturgal lumbarbar lumbarbar
misgalsek lumhonvor ta ns doldol honpilken dolbar vorhonken honsek
misgalsek mishon ta ns enthon galhonsek dolbar
kenent ta ns barmis turhonbar entsekgal mislum kenent galhonsek
barpil honpilken dolbarent misent sekvorgal kenpil honsek dolsek ta ns
entken hondol ta ns bardol enthon gallum ta ns turmishon lumturpil
turmishon turbar gallum galgalsek
vordol barhonken kenhonmis
kentur ta ns turvor ta ns sekbartur galgalsek ta ns misent lumturpil ta ns dolgal
lumbarbar sekvorgal sekbartur entsekgal doldol turdollum dolgal lumturgal bardol sekdol dolhonbar
galgalsek ta ns dolgal lumturgal bardol lumhondol sektur ta ns turvor ta ns bargal
vorlumdol barkenhon vordol lumhonvor vordol honsek kenent ta ns
vormisken vorhon pilhon doldol kentur doldol turdollum ta ns misent lumdolgal kenhonmis galhonsek
lumhonvor turlumbar ta ns lumturgal ta ns turdollum entsekgal ta ns vorhon vordol
vorsek bardol entken ta ns sekbartur lumhonvor turmishon ta ns barpil ta ns turvor
lumturpil ta ns pilhon vorhon vorhonken ta ns galhonsek turdollum turbar entken
vormis ta ns honsek kenvortur
lumhonvor ta ns dolgal turdollum vorlumdol
hondol ta ns turvor galhonsek vorlumdol barkenhon mishon dolhonbar pilbar galgalsek honsek
kentur lumturpil doldol
kentur ta ns kenmispil honpilken kenmispil
hondol ta ns barmis mislum barhonken kenmispil kenpil doldol turvor ta ns dolhongal
vorhonken ta ns hondol sekbartur kenpil ta ns bargal turlumbar
lumhondol barmis ta ns dolhonbar misgalsek galhonsek kentur bardol
vorlum ta ns lumturent lumhonvor barpil
vorsek dolsek ta ns dolhongal hondol ta ns kenmispil lumturpil mislum barpil ta ns pilbar
gallum honpilken dolhonbar entken
kentur ta ns vorsek vormis sekdol vorlum
lumhonvor honsek lumbarbar ta ns kenpil dolhongal
lumhondol ta ns sekdol ta ns lumvor ta ns
honpilken doldol turdollum ta ns doldol dolbarent dolgal vorsek galgalsek sekbartur sekvorgal
vorlum vorhon dolbar doldol
vorsek entken ta ns galhonsek
lumhondol vorhon vorlumdol ta ns
barmis ta ns turlumbar dolbarent enthon pilbar galhonsek
vorhonken dolhongal pilbar ta ns lumturgal bargal hondol doldol
vormisken dolhongal sektur doldol dolsek bardol misgalsek ta ns sekbartur
turvor barpil ta ns bargal barmis ta ns lumturpil ta ns bargal pilbar ta ns enthon turbar
vorhonken ta ns enthon misgalsek
pilbar turbar pilbar kenent ta ns barhonken sekbartur dolsek ta ns dolhongal barhonken ta ns
vormis doldol entken
dolsek barhonken sekbartur sekvorgal ta ns dolhongal kenent lumdolgal
lumturent lumvor galhonsek
kenhonmis hondol ta ns barkenhon kentur dolbar galgal ta ns dolhonbar
sekturbar misent misgalsek ta ns vorhon dolbar ta ns honsek
vorlumdol barhonken sekbartur vorlum
galgalsek ta ns mishon ta ns doldol
honmis lumhonvor ta ns bargal mishon ta ns turbar lumturent ta ns honmis
sektur sekdol ta ns honsek hondol turmishon
vormis dolsek
vormis ta ns bardol lumdolgal turmishon ta ns barmis kentur vorhonken
kenvortur misent dolsek doldol dolsek ta ns lumhonvor dolhonbar gallum turbar lumturent bargal
lumvor kenhonmis
pilbar turbar lumvor vorhon turdollum mislum
entsekgal vorlum dolhongal lumdolgal vorhon hondol turbar misgalsek sekturbar ta ns
pilbar bargal dolbarent dolhongal
kenent ta ns lumturent ta ns pilbar mislum sekvorgal ta ns turhonbar
lumturgal vorsek mislum lumhondol bargal dolbarent bardol
sektur barpil pilbar mislum lumturent turmishon dolhongal turdollum vorhon
vormis pilbar dolhonbar galgal sekbartur enthon kenmispil
vorlum kenpil lumdolgal ta ns
honpilken dolhongal vormisken ta ns dolgal
barmis misent sektur
lumturpil bardol lumhonvor
vorlumdol bargal entken ta ns
lumdolgal vorhon kenhonmis
galgal vormisken dolhonbar turlumbar
dolbarbar pilhon
lumhondol ta ns bardol dolbar ta ns bardol sekdol ta ns lumbarbar
galgalsek pilhon vormis ta ns
vormis ta ns misgalsek turlumbar hondol
entsekgal honsek turmishon ta ns kenmispil vorhonken ta ns dolbarent ta ns lumturent sekbartur vorsek
kenpil hondol ta ns barkenhon entken dolhongal galgalsek gallum ta ns mislum
honpilken vorsek lumhondol ta ns lumdolgal doldol
lumturgal kenmispil lumhonvor lumhondol dolhongal turlumbar sekbartur kenent ta ns dolgal lumbarbar doldol
misgalsek ta ns kenent sekturbar dolhongal lumturgal hondol
sekturbar pilhon turvor ta ns
lumturpil vormis ta ns sekbartur
dolsek dolhonbar galgalsek misent sekdol ta ns sekvorgal vorhon vormisken lumvor dolhongal
vorsek galhonsek pilbar dolgal kenvortur
barhonken ta ns dolbar ta ns galhonsek lumvor ta ns kenvortur
dolbarent kenvortur vorsek turbar lumhonvor mislum sekdol ta ns kenmispil dolbar
turvor kenmispil galgalsek ta ns turbar lumdolgal turmishon ta ns hondol barkenhon
dolbar ta ns barmis ta ns turvor bardol sektur misent turvor ta ns
barpil ta ns lumturpil lumbarbar turbar sekvorgal turlumbar
vorsek ta ns lumvor dolgal honpilken ta ns barkenhon sekdol ta ns dolgal lumhondol ta ns lumdolgal
gallum doldol lumhonvor turlumbar kentur ta ns misent entken bardol lumturent
kenvortur dolgal sekvorgal vorhon barhonken dolgal lumturent ta ns turvor
entsekgal ta ns lumturgal ta ns turbar barmis ta ns kenmispil mishon vorhon honmis mislum
vordol ta ns turhonbar dolbar ta ns turvor turhonbar lumhondol honmis ta ns bargal vormisken
lumhondol sekturbar kenmispil lumdolgal ta ns vorhon
vorlum kentur
turdollum turbar lumdolgal bargal dolbarent barkenhon vormisken
pilhon ta ns lumhonvor dolhongal kenpil kenpil mislum
turlumbar honsek lumturpil lumturpil mislum dolbarbar
entsekgal dolhongal turlumbar ta ns dolhonbar vormisken ta ns barkenhon
honmis galgalsek ta ns sekbartur lumvor lumhonvor
kenvortur ta ns sekvorgal lumhonvor bargal pilhon misent barmis bargal barhonken
entken ta ns lumturpil vorhonken lumturent ta ns
enthon ta ns kenmispil kenpil
hondol lumdolgal
dolbarent barkenhon lumbarbar ta ns lumvor
turdollum ta ns kenpil dolbarent honsek turdollum honpilken doldol
pilhon ta ns kenhonmis honsek barhonken entsekgal kenmispil galgal dolbar turbar
dolbarbar ta ns kenvortur barkenhon kentur barkenhon
vorsek kenent vorlumdol
dolbarent galgalsek pilhon turbar vorlumdol ta ns honpilken ta ns vorhon gallum bargal
mishon ta ns vorhon turlumbar kenent ta ns dolbarent ta ns vorhonken kentur
kenhonmis kenmispil honmis dolbar vorlumdol honpilken ta ns kenmispil
misgalsek bardol galgal mislum lumbarbar sekturbar dolhonbar
honpilken ta ns pilbar doldol turdollum ta ns doldol vorhonken
turvor entsekgal bardol lumturent
misgalsek turvor ta ns enthon ta ns sekbartur vorlumdol galhonsek dolbar
dolbarent vorhonken ta ns lumdolgal ta ns pilbar sekdol vormis ta ns dolhongal
lumbarbar barpil
lumturgal sekbartur barpil ta ns dolgal turmishon vorhon barpil sekbartur lumturgal
turmishon ta ns pilhon dolbarent turhonbar
barmis dolhongal pilbar ta ns sektur doldol sekdol
honmis lumturent
dolbar honmis dolbarent mislum dolsek ta ns entsekgal
turlumbar barkenhon honmis barpil ta ns
pilbar bargal vormisken lumvor mislum kentur ta ns lumhondol dolbarent galhonsek
gallum kenvortur ta ns vorlum mishon lumhondol
galgalsek lumvor ta ns kenent mislum turmishon
honmis doldol kentur
sekvorgal bargal lumturent pilbar bardol
mishon dolhongal kenent turhonbar
kenpil ta ns vorhon lumvor ta ns bardol dolbarbar dolgal misgalsek vorhon turdollum
kenpil barpil ta ns dolhongal galgal pilbar ta ns
turlumbar pilbar dolgal vorlum kenmispil lumturent turdollum enthon
turlumbar doldol lumbarbar turbar
dolsek dolgal lumturpil dolhongal vorlum dolgal
mishon ta ns gallum
sekdol ta ns enthon lumturgal ta ns entken bardol dolbarbar
turlumbar lumturpil ta ns vorhonken dolgal turvor barpil pilhon
vorlum ta ns dolbar ta ns dolgal sektur
lumturent ta ns dolsek sekvorgal
pilbar dolgal dolbarent sekbartur turdollum
turvor kenhonmis pilbar galhonsek
lumturgal ta ns kenpil vorhonken doldol vordol ta ns sekvorgal bardol
lumturgal barpil ta ns misent gallum
vordol entken turbar entken ta ns turlumbar ta ns
kenent dolgal dolbarent misent kenpil sekbartur
vormisken barhonken lumturgal turdollum kentur ta ns kenpil turbar
vormis bardol turlumbar
sektur bardol hondol ta ns doldol lumturent ta ns dolbar
vorlumdol kenhonmis ta ns bargal sekturbar ta ns turhonbar
honpilken barmis ta ns bardol
gallum ta ns sekdol ta ns sekdol barmis
honmis ta ns misgalsek vormisken
sektur ta ns turbar honmis ta ns turvor ta ns dolgal
lumbarbar pilbar honpilken ta ns lumdolgal doldol
kenent dolbarbar ta ns dolgal sekvorgal gallum
lumhondol ta ns honsek entken vormis ta ns vormis ta ns galgalsek kenmispil
misgalsek ta ns bardol kentur dolhonbar dolsek ta ns turbar
honmis galhonsek galgal ta ns barkenhon vorlumdol kenmispil
galgalsek vormis vorlumdol ta ns dolgal
kenhonmis galhonsek sekturbar dolbarbar sektur ta ns turhonbar sekvorgal
kentur mislum sekturbar
sekturbar ta ns misent lumhondol ta ns bardol misgalsek kentur sekdol vorsek
vorlum ta ns vorhon vordol hondol
galgal vorsek vordol ta ns kenmispil honpilken vorhon enthon bardol barhonken
lumbarbar ta ns vormisken sekbartur lumturpil ta ns turbar
vorlumdol turbar lumhondol lumbarbar bargal
vorlum mislum barmis sektur dolhongal vordol doldol misgalsek ta ns entsekgal
sekturbar ta ns lumhondol ta ns kenvortur ta ns
vormisken barpil barhonken
mishon barmis
galgalsek kentur ta ns gallum ta ns lumturent misgalsek
mishon misent vormis misent sektur vormisken barkenhon lumturent ta ns
pilhon lumturpil ta ns dolgal
vorlum ta ns lumvor doldol lumhonvor vorhonken entken
vormisken kenhonmis ta ns misgalsek mislum lumbarbar ta ns
barmis misgalsek misgalsek vorlum ta ns galgalsek ta ns mislum
kenpil pilhon dolgal vorlumdol ta ns turhonbar
honpilken barhonken kenvortur ta ns vormisken ta ns barpil barhonken
vormis mishon dolbarbar misent lumvor turvor dolhongal entken ta ns doldol
pilhon ta ns mislum honpilken ta ns turmishon ta ns dolhongal pilbar dolgal barhonken
vorlum barmis barkenhon vorsek ta ns vorhonken ta ns honpilken
vorlum vordol sekbartur lumhondol lumhonvor sekbartur lumhondol lumturgal
lumhonvor kenent sekvorgal hondol ta ns turhonbar
sektur kenmispil pilhon galhonsek
lumbarbar kenvortur
kenhonmis honmis bardol misgalsek ta ns
dolbarent ta ns pilbar ta ns mishon mislum vorhonken sekturbar
entken misgalsek barmis dolhongal kenent ta ns lumdolgal dolhonbar
pilhon enthon ta ns vorhon vorlumdol ta ns sektur
turdollum misent entken barkenhon enthon
dolbarbar ta ns kenmispil dolsek bargal kenvortur ta ns vorhon sekdol ta ns vormisken ta ns
honpilken vorsek kenpil lumhonvor bardol
sekdol vorsek doldol gallum dolsek turhonbar vorlumdol vorhon barhonken ta ns kenmispil
dolsek sekbartur honmis lumturpil ta ns lumturpil ta ns
kenpil ta ns vormisken kenhonmis vorhon dolbar sekvorgal turbar
lumhonvor ta ns dolbarent honmis
honmis barkenhon enthon
lumhondol ta ns sekdol lumvor dolhonbar dolbarbar ta ns kenmispil
barpil ta ns mislum enthon ta ns barkenhon barpil dolhongal
barpil dolgal hondol mislum entken
turmishon honpilken misent vormisken turhonbar
vorhonken ta ns doldol kenent ta ns vordol ta ns mislum galgal ta ns vordol ta ns barkenhon vormisken
enthon turlumbar lumturent vorlumdol ta ns mislum lumdolgal
pilhon vorlumdol dolhonbar sekdol
pilbar ta ns vormis ta ns vordol barhonken turvor ta ns barpil
barmis turbar barhonken vorlumdol entken turhonbar
lumhondol turlumbar ta ns
kenvortur misent lumdolgal bardol
kenent ta ns dolgal galgal honmis ta ns
entken entsekgal ta ns gallum vordol ta ns sekbartur honpilken pilhon mislum
lumturpil lumvor vordol ta ns kenmispil turvor
dolsek lumhondol sekbartur lumhonvor ta ns
kenpil ta ns sektur
vorlumdol ta ns kenpil galhonsek entken bardol pilbar misgalsek ta ns dolhongal
lumhonvor pilbar ta ns kenvortur ta ns entsekgal hondol turhonbar hondol ta ns
vorlumdol ta ns galgalsek doldol
mishon ta ns vorlum ta ns mislum
turvor honsek turdollum vorhon
barmis dolhonbar vormis kenmispil entsekgal ta ns kenmispil kenhonmis
lumturgal galgal ta ns kenvortur ta ns kenmispil barpil doldol
sekvorgal mishon turhonbar hondol ta ns
barpil galgalsek misent sekturbar turhonbar
pilbar bardol dolbar kentur ta ns
galgal lumturent ta ns hondol vorlum ta ns lumhonvor ta ns lumturent
misgalsek honmis sekbartur
honpilken dolhonbar dolsek vormisken turhonbar vorlum vormisken
lumturent kenhonmis dolbarbar
entsekgal gallum ta ns lumdolgal
lumturent dolhonbar turlumbar ta ns sekdol kentur ta ns dolgal
dolsek turdollum lumturgal ta ns vorhon lumhonvor dolgal
turmishon bardol entken ta ns honsek sekdol mislum kenpil lumturgal turlumbar ta ns kenmispil
vorsek ta ns bardol dolsek ta ns gallum dolhongal sektur
kentur lumbarbar vorlumdol ta ns
pilhon ta ns bardol vorlum ta ns
sektur doldol vorhonken vordol turlumbar kenhonmis lumbarbar
gallum kenmispil pilbar lumturgal mislum entken turvor pilbar
turlumbar ta ns sekturbar
kentur lumturgal turdollum lumturpil
turmishon vorlum barkenhon barhonken lumdolgal ta ns
sekturbar vormisken kenvortur honsek sekdol ta ns sekvorgal
kenvortur dolhonbar kenpil lumturent ta ns lumturgal
kentur ta ns kenhonmis bardol honmis dolhonbar gallum ta ns sekbartur
galgalsek ta ns lumturgal ta ns turbar turvor ta ns bargal barmis
barhonken bargal vorsek kenhonmis ta ns lumbarbar bardol kenpil
entken bargal hondol entken
galgalsek ta ns bardol enthon ta ns galgal dolhongal kenent gallum
lumbarbar ta ns bargal vorlum gallum
kenvortur galgal
lumturgal kentur gallum ta ns bargal
kenpil entsekgal barmis kentur ta ns
vorsek sekdol
galgalsek dolhonbar turdollum galgalsek ta ns lumvor
sekvorgal lumbarbar ta ns galhonsek dolbarent kenmispil hondol turmishon ta ns turdollum ta ns
barhonken vorlum galhonsek
turlumbar ta ns lumturpil ta ns
lumhonvor ta ns galhonsek pilhon bargal
dolbar turhonbar galgalsek galhonsek vorlum lumdolgal sekdol
kentur turhonbar sektur barhonken ta ns lumturent misent
barmis dolhonbar kenhonmis dolsek vorlum turmishon ta ns barkenhon
dolbarbar lumbarbar ta ns kenmispil
sekdol ta ns galgalsek ta ns sekdol barmis ta ns dolhonbar
kenvortur barkenhon entken vormis
turmishon mishon
vormis vorhonken ta ns dolhongal lumdolgal ta ns entken kenhonmis ta ns
dolbarent sekvorgal turhonbar turlumbar turbar pilbar ta ns
vormisken bargal vorlum turdollum mislum vorlumdol vormisken
turmishon barkenhon galgal barkenhon lumbarbar ta ns misgalsek ta ns dolhongal kenpil
sekvorgal ta ns turvor ta ns turhonbar
lumvor kenent dolhongal pilhon ta ns turmishon
kentur misent galgal misent
vormisken misgalsek vorlum ta ns kenpil lumturgal ta ns entsekgal
galgal ta ns dolgal dolbarbar galgalsek honsek turdollum
barmis vorlumdol kenvortur ta ns dolbarbar turhonbar
kenhonmis barmis dolsek lumturent ta ns
barhonken dolhongal lumbarbar
enthon honsek gallum ta ns sekbartur vorhonken kenhonmis vorlumdol barkenhon barpil kenmispil
entsekgal ta ns vorhon vorhonken ta ns lumturpil vorhon lumhonvor dolbarbar entsekgal
vormis ta ns barkenhon lumturpil bardol pilbar ta ns
dolsek vormis turmishon hondol vormis vordol dolhongal
misgalsek lumbarbar turlumbar honsek sekvorgal lumturent barkenhon vordol ta ns
dolbarent ta ns mislum lumhonvor dolhongal galgal dolhongal lumbarbar ta ns kenent entsekgal
gallum ta ns turbar kenvortur
lumturgal galhonsek kenent dolbar ta ns turhonbar kenpil ta ns vorlum kenmispil sekturbar dolhonbar
lumvor sekbartur vorsek galhonsek kenent lumvor
kentur dolhongal barmis vormis barkenhon
hondol ta ns dolbarent
entken ta ns lumturgal lumhondol ta ns misent
kenpil ta ns kenent vorhon
mishon honpilken ta ns vormis ta ns dolhongal vorhonken ta ns kenhonmis ta ns
mishon ta ns misent vormis ta ns kenhonmis mislum barmis galgalsek ta ns
vormis ta ns turhonbar turvor turmishon galhonsek vormis dolhonbar vorlum dolgal pilbar ta ns bargal
vordol mishon ta ns vorhon
vormisken sektur ta ns vorlum
galgal barkenhon entsekgal ta ns dolhongal vorhonken ta ns sekvorgal ta ns kenmispil dolbarbar
barpil galhonsek lumvor ta ns enthon ta ns
lumturpil dolhongal sekturbar ta ns kentur turdollum vordol ta ns
honpilken ta ns barpil
vormisken galgal ta ns kenmispil turdollum dolsek kenent honmis ta ns honsek
dolbarbar ta ns mislum turmishon galgal ta ns galgalsek ta ns galhonsek
vorhonken hondol ta ns vorsek turhonbar barpil ta ns dolgal vorsek
vorhonken barmis ta ns mislum sekvorgal sektur ta ns lumvor galgal
vormis mislum lumhondol dolhongal
vorlum vorhon mishon dolbarbar kenmispil gallum ta ns misent
mishon ta ns bardol lumdolgal turdollum vorsek kenvortur sekbartur
pilhon ta ns honmis kenhonmis mislum
turdollum galhonsek galgalsek vorhonken vorlum turbar hondol vorhon dolbarbar vorhon
kenent dolhongal barhonken kenhonmis lumbarbar ta ns
galgal dolhonbar lumdolgal ta ns
galgalsek dolhonbar kenhonmis ta ns vormis ta ns turhonbar dolbarbar ta ns
turdollum sekturbar kenent turbar vorhonken ta ns doldol honmis
kenpil lumhonvor lumhonvor turbar lumturgal ta ns barkenhon hondol galhonsek
turmishon ta ns doldol kenhonmis turdollum barpil sekturbar barmis honsek
sekdol turlumbar ta ns
galgal ta ns kenmispil gallum kenvortur kenmispil lumhondol enthon
hondol ta ns lumhondol lumdolgal turhonbar lumbarbar kenmispil hondol ta ns
galgalsek ta ns dolhongal galgalsek ta ns dolgal pilhon lumvor gallum ta ns lumturgal ta ns
sekdol barpil bargal dolbar sekturbar ta ns
kenpil bargal galgalsek turhonbar
gallum honmis ta ns
honpilken ta ns barpil ta ns lumturent dolgal barmis kenpil
lumvor barkenhon lumvor dolgal turvor barkenhon dolsek ta ns turbar lumturpil
vorlumdol ta ns enthon ta ns doldol barhonken mislum kentur vorhon
dolbar honpilken mislum
barhonken hondol ta ns bargal turlumbar vorlum dolhonbar turmishon
pilbar ta ns vorhonken ta ns turhonbar misgalsek ta ns galgalsek dolbar barkenhon
lumturent ta ns mislum barmis turhonbar barmis ta ns vorsek ta ns sekbartur lumhondol lumhondol ta ns
lumhondol ta ns kenmispil enthon ta ns enthon
kenhonmis sekbartur vormisken sekbartur sekdol ta ns hondol enthon ta ns sektur misent
kenent ta ns mislum enthon ta ns vormis ta ns
galgal kenpil ta ns turvor
pilbar sekdol ta ns doldol vorlum
kenvortur gallum galgalsek ta ns
kenhonmis turdollum ta ns turhonbar hondol galgalsek ta ns
pilbar vordol ta ns
vorlumdol kenent sekturbar barkenhon
honmis misent sekdol lumturgal vormisken vordol mislum
vorhonken ta ns turbar vormisken ta ns galhonsek kenent lumvor hondol doldol
kentur bargal lumhonvor gallum dolhongal vorsek sekbartur vormisken dolhongal turmishon turhonbar
vorsek sekdol ta ns vorhonken kenmispil
lumdolgal turhonbar kentur vormis dolbarbar vorlum ta ns
galgalsek vormis misent entsekgal ta ns
lumturpil honmis ta ns vorhon barmis ta ns kenpil sekturbar ta ns turlumbar
misgalsek sekbartur pilhon mislum pilhon
turmishon ta ns honpilken ta ns vorlum lumturent vorhon
sekdol barkenhon dolbarent turlumbar barkenhon dolbarbar galhonsek
kenpil sekvorgal pilbar ta ns turdollum ta ns
mishon dolhongal kenhonmis dolgal barhonken
sektur ta ns dolbarent ta ns turbar turmishon ta ns bardol mishon
lumturpil ta ns vorhonken galhonsek
dolbarent galgal vorsek turlumbar vorhon vorhonken dolgal
dolbar entken turlumbar galgal ta ns lumturgal ta ns turhonbar enthon
lumturgal ta ns turlumbar ta ns kenmispil
dolbar dolhonbar sektur lumhondol
vordol dolhonbar entken
sekdol ta ns dolhongal vorlumdol ta ns kenent ta ns hondol sekbartur
gallum sekbartur galgal mislum sekvorgal enthon dolsek barhonken ta ns barkenhon
dolbarbar ta ns lumhondol enthon ta ns vorlum ta ns doldol
galgalsek vorhonken galhonsek vormis pilhon barkenhon
enthon kenmispil pilhon ta ns dolhongal galgal dolhonbar vormisken enthon ta ns
turlumbar kentur vorlum galgalsek ta ns bardol
turdollum kenvortur lumbarbar ta ns
galgal barkenhon dolbarent ta ns misent kenent vorlum misent galgal
lumhonvor sekbartur sekdol ta ns misent entsekgal ta ns dolgal vordol sekturbar ta ns gallum ta ns
lumhondol doldol vorlum ta ns turhonbar vorsek
lumturgal honsek turmishon ta ns honmis lumhonvor
entsekgal vormisken entsekgal sekvorgal pilhon lumhondol
entken ta ns honpilken ta ns misent galgal dolgal sekdol dolhongal
vorhonken entsekgal galgalsek ta ns dolhongal vordol sekdol bargal mishon
kenhonmis barkenhon entken vorlum ta ns turmishon ta ns
dolsek sekdol doldol honpilken bardol
honmis turmishon ta ns misent vorsek
barhonken ta ns pilbar vorhon lumdolgal dolhonbar vordol
barmis vorhon vorsek ta ns pilbar ta ns dolbarent
honmis barkenhon dolsek ta ns hondol ta ns misent
kenvortur barhonken dolgal honpilken kentur ta ns honpilken
lumvor ta ns gallum ta ns doldol kenhonmis ta ns lumhondol dolhonbar kentur
pilhon dolhongal misgalsek entken vorhonken ta ns sekturbar
lumturpil galgal doldol kenhonmis lumturgal honpilken misent
galgalsek dolbar kenpil kenmispil mishon turhonbar vormisken ta ns
kentur ta ns bardol turlumbar
lumvor bargal dolbarent ta ns barhonken lumbarbar honsek entsekgal ta ns dolhonbar sekvorgal
vordol honmis enthon ta ns turmishon
entsekgal vorsek turbar vormis vorhon pilhon lumturent kenent
honmis gallum vorlum pilbar
entken ta ns sekvorgal vorlumdol ta ns barhonken honpilken dolgal
mishon ta ns misent kenent ta ns entsekgal vormis honsek dolbar barpil ta ns
barhonken ta ns galhonsek honpilken dolhonbar barhonken ta ns
kenpil ta ns misgalsek ta ns turbar lumturgal
lumturent kentur vorhon lumturpil ta ns galhonsek pilhon galgal ta ns dolbarbar
turlumbar galhonsek sektur ta ns enthon turlumbar ta ns sekbartur mishon mishon bardol
dolsek ta ns dolsek dolgal lumvor vorlum ta ns turhonbar
lumdolgal turlumbar ta ns vormis vorhonken dolhonbar misgalsek ta ns pilhon ta ns
kenpil ta ns sekdol bargal
kenpil bardol kentur
sekvorgal ta ns turvor ta ns vormis honsek mishon turbar kenpil ta ns galhonsek mishon dolgal
lumturpil ta ns bardol gallum sekbartur lumdolgal sekbartur
lumturgal sekvorgal kenent ta ns vorhon sekturbar lumbarbar bardol
kenpil kenvortur doldol vormis kentur turlumbar
dolbar vormisken mislum dolsek turmishon sekvorgal ta ns
entsekgal misent galgal
kenpil dolgal misgalsek dolhongal
barmis turvor lumbarbar ta ns bardol turdollum vorhonken pilbar
kenpil bargal vorlumdol ta ns honmis honpilken ta ns vorhon dolbar barkenhon gallum ta ns dolgal
lumdolgal ta ns turlumbar ta ns bardol kenpil
kenpil kenhonmis kenmispil pilhon
vordol ta ns entken dolgal misgalsek
barmis ta ns dolgal lumhondol ta ns kenmispil lumbarbar ta ns pilbar ta ns bardol honmis
vorhonken sekbartur hondol dolhongal sekvorgal misent turdollum vorhonken ta ns
lumturpil ta ns kenmispil kenvortur vordol turdollum
hondol dolgal turvor bargal honpilken bargal
lumdolgal kenpil sekdol honmis honsek barhonken barkenhon barhonken
sekvorgal turdollum honsek entken vordol pilbar
lumturgal dolhongal turlumbar dolgal kenvortur dolgal pilbar ta ns sekbartur hondol kenmispil sekturbar dolgal
vorlumdol lumturpil sekvorgal kenvortur doldol vormis
sektur kenent bardol enthon ta ns turbar lumhonvor ta ns lumturent ta ns bargal
sektur ta ns turmishon galgalsek
vormisken ta ns sekturbar honmis ta ns vormis kentur ta ns kenmispil entken ta ns
kenvortur ta ns sektur lumhondol ta ns kenhonmis dolhonbar honmis ta ns honsek
barpil ta ns vorlumdol ta ns honmis sektur lumhonvor ta ns kenmispil honpilken
kenent ta ns lumhonvor dolhongal pilhon ta ns misent lumdolgal sektur ta ns
pilbar misent gallum lumdolgal bargal
sekdol lumturent barmis dolgal
misgalsek bargal dolbar ta ns dolhonbar lumhonvor ta ns
vorhonken turdollum lumbarbar turbar dolsek lumturent ta ns lumturent doldol
lumvor kenvortur entsekgal lumturgal ta ns sekbartur vorlum ta ns honsek
pilbar ta ns kenmispil dolbarent ta ns lumhonvor turbar
lumturpil ta ns mislum kenent ta ns sekbartur lumbarbar ta ns galhonsek galgal ta ns lumturpil turbar
turlumbar dolgal vormisken turhonbar
dolsek lumbarbar ta ns dolbarbar galhonsek
entken ta ns enthon doldol
lumturent sekturbar bargal sekdol
misgalsek dolbarbar dolgal
mishon kenmispil lumhonvor ta ns turhonbar turvor vorlum turbar kentur turhonbar
barhonken barhonken enthon bargal gallum
barhonken ta ns bargal dolbar ta ns barkenhon sekvorgal vorsek turbar
hondol lumturpil misgalsek kenmispil dolbarent lumdolgal sekbartur lumturgal dolhongal
gallum vorhonken lumhonvor turbar pilbar ta ns entsekgal mislum vorlum bargal
barhonken turbar barhonken ta ns dolbarbar ta ns vormis ta ns
vordol dolgal pilhon bardol lumhondol lumturpil bardol honpilken honsek
dolbar lumvor mislum vormisken
pilbar sekbartur lumbarbar kenmispil vormisken barhonken ta ns turdollum
kenpil ta ns mislum kenent dolgal
lumhonvor ta ns honsek turmishon ta ns vorhon kenpil ta ns vorhon entken kenhonmis
kenvortur misent gallum ta ns
pilhon lumhondol dolgal pilhon ta ns vorhon gallum dolgal sektur ta ns vordol
vormisken turhonbar honpilken ta ns turlumbar ta ns vorhonken ta ns kenpil dolhonbar
lumdolgal sektur ta ns lumhondol vorhonken vorhon turmishon
galgalsek ta ns barmis ta ns sekbartur misgalsek dolbarbar dolhongal gallum honsek
kenent ta ns barkenhon lumturent bargal lumdolgal dolsek ta ns mislum vormis mislum turlumbar
kenhonmis sektur lumdolgal ta ns
lumvor sekvorgal honsek barpil turdollum turvor ta ns vorhon vorhonken dolgal
pilbar honsek honpilken ta ns doldol entsekgal ta ns barhonken galhonsek sekturbar barkenhon
misgalsek ta ns turhonbar vorlumdol kenhonmis dolgal
lumbarbar vorlum ta ns turbar
sekdol kenmispil vorsek lumhondol turlumbar honpilken
turvor kenent vorsek turhonbar
dolbarent turdollum lumturgal kenhonmis
turlumbar ta ns vorlum dolbar vorsek ta ns doldol
honmis dolgal lumturpil hondol pilhon ta ns
lumturent pilhon galhonsek lumbarbar vorlumdol ta ns turlumbar
turvor sekvorgal lumdolgal kenpil misent enthon entsekgal ta ns misent
vorlumdol misent turmishon ta ns turlumbar
turlumbar turvor ta ns barmis
vorlum mislum lumhonvor dolbar pilhon ta ns doldol
turmishon ta ns lumhondol turbar turdollum ta ns barmis ta ns misent
lumturent dolgal vorsek sekbartur kentur dolbarent ta ns bargal turdollum sektur
mishon entken pilhon barhonken
galgalsek ta ns mislum gallum mislum sekvorgal doldol
hondol galhonsek dolbarbar ta ns barmis misent entsekgal barhonken mislum kenent doldol
pilbar vorlum ta ns dolhonbar
vorhonken entken
dolsek ta ns kenhonmis kenpil dolgal lumbarbar ta ns vorhon honmis turhonbar kenvortur ta ns bardol
turvor ta ns doldol honmis ta ns kenmispil
lumvor doldol pilbar ta ns honmis turlumbar turhonbar lumvor ta ns
turdollum kentur ta ns mislum lumturent ta ns barkenhon sektur turbar
lumturgal lumturent ta ns
vormis ta ns barhonken vordol
turlumbar barmis turdollum sekdol ta ns
gallum sekdol ta ns sekturbar ta ns galhonsek
mishon ta ns turmishon ta ns misgalsek lumhonvor enthon mislum
pilbar sekbartur barhonken turlumbar barmis turbar kenhonmis ta ns dolbarbar ta ns bargal
vormisken ta ns dolsek ta ns sekdol misgalsek misent lumhondol dolgal
dolsek ta ns lumturpil ta ns sekvorgal sekturbar
mishon dolhongal kenhonmis lumdolgal dolhongal
kenent bardol honpilken honsek
kenhonmis doldol lumturgal
turlumbar lumbarbar ta ns turbar lumhonvor honpilken turhonbar gallum turhonbar
kentur ta ns vormisken dolgal
lumhondol ta ns mislum sekturbar ta ns vormis kenvortur dolbarent ta ns dolhongal honmis ta ns vorhon
barhonken ta ns galgal ta ns vorhon mishon dolhonbar
sektur sekdol vorhon sekdol dolhonbar misgalsek dolgal
barhonken doldol lumbarbar bardol
gallum vorsek lumdolgal turmishon
turvor misent honmis dolhonbar
vorlumdol sekbartur turlumbar ta ns kenhonmis vorsek dolgal vorhonken vormis ta ns
vorhonken vormis ta ns turbar vorsek
sekdol mishon galhonsek lumvor dolhongal turlumbar dolhongal
hondol hondol galhonsek turdollum ta ns
lumvor vormisken
honpilken doldol kenhonmis honpilken dolgal
kenent vordol
lumturent misent mishon ta ns lumturgal
galgal barpil mislum dolsek kenpil
galgalsek sektur barmis honmis ta ns turlumbar misent lumdolgal
sekturbar bargal kenhonmis mislum hondol vorsek ta ns turbar
vorlum misgalsek pilhon
pilhon gallum kentur kentur
honmis sekbartur gallum ta ns dolgal turmishon dolhonbar misgalsek ta ns
lumdolgal ta ns vorhon galgal vorlum
barhonken ta ns vordol misent barmis sektur kentur dolgal
kenvortur ta ns turvor dolgal lumturent ta ns
turmishon vorsek ta ns galgal dolhonbar turlumbar
vormis sekturbar ta ns kenpil mishon
sekturbar ta ns sektur misent barhonken ta ns
barhonken dolsek lumturgal ta ns turhonbar turlumbar ta ns turhonbar lumbarbar ta ns mislum vorlumdol bargal
vormisken ta ns honpilken dolgal barhonken kenmispil turlumbar ta ns vorlum kenpil ta ns bargal
mishon turhonbar kentur galhonsek
sekturbar bargal lumhondol
barpil ta ns dolsek sekturbar
lumdolgal ta ns vorlum ta ns sekdol ta ns sekturbar doldol turdollum kenmispil
sektur turhonbar dolsek ta ns lumhonvor misent dolbarent doldol
lumvor misent kenent misent turmishon misent dolbarbar dolgal honmis
enthon ta ns vormisken ta ns bargal hondol vorhonken
kenhonmis ta ns mishon turmishon galgalsek ta ns
barmis ta ns vorlum sekvorgal turlumbar ta ns
kentur ta ns doldol turvor bardol dolbar doldol
galgalsek sekturbar dolgal barhonken mislum lumbarbar ta ns sekbartur kenhonmis
vormisken ta ns galgalsek ta ns vordol ta ns vorhon turvor vorlumdol dolhonbar kenent
vormisken sekdol dolhonbar vormisken
lumturgal ta ns vorhon vorhonken sektur ta ns mislum turmishon dolgal vorlum ta ns honpilken
sektur dolgal honmis ta ns sekvorgal bardol
barhonken lumbarbar ta ns sekdol ta ns barpil entken ta ns
kentur lumhondol ta ns pilhon ta ns kentur misent vordol turbar
hondol enthon ta ns lumturent sektur kenmispil
vorlumdol entsekgal
vorhonken barmis ta ns kentur dolbarent dolgal galgal lumvor dolgal
pilhon barkenhon kenhonmis lumhondol barmis dolhonbar turvor dolbarbar mislum
enthon dolhonbar lumturgal ta ns dolhongal enthon ta ns
lumdolgal mislum vormis galhonsek lumhonvor
vordol ta ns turmishon vorlumdol honmis honsek
lumhondol gallum ta ns mislum kenhonmis ta ns dolhonbar kenhonmis kentur
hondol ta ns entsekgal ta ns dolhonbar
kenvortur sektur barkenhon
lumvor kenmispil mishon turmishon ta ns barkenhon
vorhonken lumbarbar sekdol bardol honpilken
honpilken kenmispil entken turdollum kenmispil vorlum vorhonken
hondol bargal mishon vorsek ta ns vorsek bargal
vormis ta ns misent dolbarent ta ns lumturgal bargal kenpil turlumbar sekdol vorhon
enthon ta ns lumturgal dolbar ta ns
vormis ta ns galgal galgal sekbartur hondol
lumturpil barpil honmis dolbarent kenent ta ns kenmispil turvor turhonbar
enthon lumdolgal ta ns pilhon dolbarent galhonsek
lumturgal galgal ta ns lumturgal ta ns barkenhon
lumhonvor ta ns enthon
dolbarent ta ns vormis
dolbarbar entsekgal ta ns lumturpil galhonsek turdollum lumturpil ta ns gallum mislum
barpil ta ns enthon lumhonvor gallum dolhongal honmis
sekdol vorhon honpilken lumhondol mislum turdollum enthon
honpilken ta ns sekturbar barpil gallum vorsek sekvorgal
honmis vorhon lumhonvor pilbar mislum lumhonvor sektur ta ns lumturgal
vormisken galgalsek ta ns
kenvortur kenvortur misent lumhondol honpilken ta ns
lumvor ta ns vorhon vordol
vorsek pilbar
pilbar bargal lumdolgal ta ns barkenhon sekturbar dolbarent
kenhonmis vorsek barhonken barkenhon barpil ta ns galhonsek
turvor galgalsek ta ns galhonsek
vormis vorhon lumdolgal lumbarbar ta ns sekdol lumturgal
honmis ta ns lumturent dolbar lumhondol lumturpil
lumhondol ta ns doldol dolbarbar barkenhon vordol ta ns lumturpil bardol pilhon
barhonken doldol sektur kenpil ta ns barhonken ta ns lumturpil
dolbar gallum ta ns doldol lumbarbar kenvortur
mishon dolbarbar vorsek ta ns dolhonbar kentur dolgal pilhon hondol kenmispil
misgalsek barkenhon galgal bargal lumturent ta ns bargal
vormisken galhonsek vorlumdol ta ns dolbar ta ns vordol ta ns turhonbar
galgal turvor kenmispil
lumhonvor ta ns bardol vormisken dolbarbar vorhon sekdol ta ns
kenent kenpil galhonsek sektur ta ns bargal vormis vorlum ta ns dolgal
vorhonken mishon dolsek ta ns vormis sekdol dolhonbar vordol
mishon sekdol ta ns kenmispil lumvor barpil ta ns gallum ta ns
turdollum ta ns vorhon mishon sekbartur dolbarbar ta ns turmishon turvor ta ns misent
turvor sekdol turlumbar
dolbarbar honsek lumturgal misent lumturent ta ns turlumbar lumturgal
kenpil dolhonbar gallum ta ns sekbartur dolsek dolhongal
kenhonmis ta ns turhonbar pilbar honsek
lumvor dolhonbar enthon
turvor dolbarent ta ns mishon dolhonbar dolbarent ta ns turmishon turlumbar
vordol pilbar doldol lumhondol turbar
kenpil mishon ta ns turbar sektur entsekgal ta ns turdollum ta ns
barpil dolgal barhonken ta ns turhonbar entsekgal kenmispil
pilhon dolhongal vordol vormisken vordol ta ns vorlum
kenpil enthon ta ns dolhonbar
pilbar ta ns mislum lumhonvor ta ns galhonsek sektur
lumdolgal ta ns barpil vormis pilhon
kentur gallum ta ns sekturbar ta ns
lumhonvor galgalsek ta ns turlumbar ta ns galhonsek sekvorgal dolhonbar vorlumdol dolgal
sektur ta ns sekvorgal ta ns vorsek
lumdolgal ta ns galgalsek ta ns sekbartur dolsek misent entsekgal
barmis lumhonvor vormis honmis lumturent mislum
pilbar vorhon turdollum kenmispil vorhonken ta ns kenmispil enthon ta ns sekvorgal mishon
kenvortur vorhon kenvortur galhonsek kenpil galhonsek dolsek
vormisken dolsek vormisken ta ns doldol entken dolhongal honmis ta ns turbar kenvortur
pilhon turlumbar misent hondol ta ns
pilhon kenmispil sekdol bardol galgal barpil
dolbarent ta ns bargal kenent sekbartur kenent misent vordol barhonken
pilhon sekvorgal lumturpil barkenhon dolbarent ta ns barkenhon
lumturpil vormisken lumvor
lumturpil bardol honmis ta ns lumvor bargal
gallum lumbarbar ta ns honmis
barmis ta ns mislum vorlum
vorhonken ta ns lumhonvor ta ns bardol gallum kentur ta ns mislum pilbar ta ns bargal pilhon doldol
vormis misgalsek ta ns vorhon
lumturgal dolsek ta ns bardol dolsek misent
vormisken ta ns lumturent bargal galgal
lumvor lumhonvor vorlum
hondol turhonbar lumdolgal ta ns lumhondol bargal lumturgal honmis ta ns turhonbar
vordol honmis ta ns mislum lumvor
dolsek gallum mislum barpil ta ns bargal honpilken
sektur ta ns entken bargal lumturgal ta ns sekbartur kenvortur sekbartur
galgal ta ns lumhonvor dolhongal kenpil ta ns dolbarbar ta ns bargal dolsek ta ns lumhonvor ta ns
lumvor vorhon hondol dolgal honmis lumbarbar ta ns lumturpil ta ns sekvorgal ta ns
vordol lumhondol ta ns turdollum dolhonbar kenvortur bargal
vordol ta ns galgalsek lumturgal turlumbar
barpil dolgal honpilken mislum lumdolgal honsek entsekgal
sektur ta ns lumturpil galhonsek sekdol turbar turvor misent sekdol ta ns bardol
vormisken hondol mislum honpilken barmis
dolbar lumturent dolhonbar kentur barpil ta ns kenent ta ns
enthon turbar lumvor
misgalsek galgal ta ns lumturgal ta ns barkenhon hondol dolgal vorhonken ta ns dolbarbar ta ns
lumvor galgalsek
lumhonvor pilhon sekbartur
lumbarbar ta ns galhonsek vorsek pilbar turhonbar
sekturbar ta ns bargal vordol dolbarent
sektur pilhon vormis
vordol kenmispil sekturbar sekturbar turhonbar
honmis lumhonvor ta ns entsekgal lumbarbar vormisken lumturent ta ns barkenhon
lumhondol entsekgal ta ns vordol ta ns turdollum
entsekgal ta ns misent sekvorgal dolbar barkenhon mishon ta ns kenvortur vorhon
pilhon doldol honmis galhonsek turdollum pilbar
entsekgal ta ns sekvorgal galhonsek dolbarbar honmis turdollum ta ns
vorsek ta ns sekbartur vordol
lumvor ta ns lumturent entken vorhon
turmishon mislum entken hondol ta ns bargal hondol vorlumdol barmis ta ns
entsekgal ta ns doldol sektur dolbarbar sektur ta ns dolbarbar pilbar dolhonbar
lumbarbar ta ns doldol enthon bardol
lumturpil galhonsek hondol
galgal dolgal lumdolgal dolhonbar
lumturpil turbar entsekgal ta ns vorhon
kentur lumdolgal
mishon ta ns vorhon lumdolgal pilbar ta ns dolhonbar vorlum dolgal lumvor entken bardol
enthon galgal barmis ta ns enthon dolhonbar sekdol bargal
kenvortur doldol honmis
vormis galgal ta ns dolhongal barmis sekbartur kentur mislum lumvor ta ns
kenent ta ns lumturgal ta ns dolgal galgal
mishon turhonbar kenhonmis dolhongal
gallum ta ns pilbar ta ns turbar galgalsek barkenhon lumturpil ta ns
vorsek vorlumdol bardol vorlum bargal lumvor ta ns dolhonbar vormisken sekturbar
enthon ta ns bardol misgalsek pilbar sekbartur sektur turbar vordol kenhonmis ta ns
sekturbar sekvorgal lumturgal turmishon turhonbar sekturbar ta ns kenpil
dolbarent honsek gallum mishon sekdol galgal dolhongal
sekturbar ta ns vordol pilhon bardol hondol sekbartur vordol ta ns barmis
lumhonvor dolhonbar lumhondol dolbar dolhonbar
vormisken mislum vorlumdol ta ns lumvor ta ns dolbarent misent kenent dolhonbar lumbarbar ta ns
dolbarbar dolgal turlumbar barhonken ta ns dolhonbar turlumbar
pilhon barkenhon sekturbar vorhon entken barkenhon dolbarbar
enthon dolhongal barmis barkenhon vorsek ta ns
pilbar dolhongal sekturbar dolbarbar ta ns galhonsek turvor doldol galgal ta ns honsek mishon
hondol kenhonmis vordol vorhon
dolbarbar misent sekvorgal turhonbar kenhonmis dolhongal sektur hondol entsekgal
vorlumdol dolbar ta ns kenvortur galhonsek vorsek barkenhon lumturgal dolbar
lumbarbar sekturbar turbar lumturpil vordol ta ns bardol vorhonken dolbar dolgal
turmishon bardol turlumbar ta ns
lumhondol ta ns misent lumbarbar sekbartur dolbar ta ns sekbartur lumhonvor ta ns kenvortur ta ns doldol
sekvorgal honsek turmishon dolgal lumturent ta ns
turmishon kenent vorsek ta ns misent
honpilken turvor sekvorgal barkenhon kenpil dolhongal enthon
lumhondol ta ns vormisken turhonbar
dolbarent bardol honpilken ta ns
lumturgal sektur kenhonmis dolhonbar entsekgal
turmishon entken lumhonvor ta ns pilhon dolhonbar turvor lumbarbar
dolbar turdollum ta ns sektur honsek turvor turmishon ta ns
dolbar ta ns lumdolgal ta ns vorhon pilbar barhonken barmis ta ns galgalsek ta ns
gallum mislum sekdol galhonsek misgalsek
turdollum ta ns lumturpil doldol kenent ta ns kenmispil dolbar galhonsek
mishon ta ns dolsek lumdolgal ta ns bardol misgalsek lumbarbar ta ns barpil doldol
hondol ta ns vormisken ta ns
sekturbar misent kenpil vorhon lumturgal ta ns vorhon mishon galgal kenmispil
turvor turvor kenhonmis honsek pilhon ta ns dolhonbar
dolbar ta ns barmis honmis turhonbar lumhondol
kenhonmis galhonsek vorsek vordol ta ns vordol ta ns dolhongal
vorhonken ta ns dolgal vorlum honsek entken ta ns
lumturgal kenmispil turdollum pilbar ta ns turbar barpil ta ns
sekvorgal ta ns kenmispil barhonken ta ns sekturbar vorlum ta ns turhonbar
vorsek dolhonbar entken ta ns
kenhonmis lumdolgal lumdolgal hondol ta ns honmis ta ns galgalsek ta ns
entsekgal ta ns turvor vorhon kenhonmis misgalsek enthon ta ns doldol vorhonken ta ns
barmis vorlum sekdol vorlum lumturent
lumvor ta ns lumhonvor ta ns mishon ta ns mislum
vordol ta ns lumhondol lumturgal ta ns barkenhon galgalsek turhonbar honmis ta ns
vorlumdol ta ns turmishon ta ns pilbar kentur sekdol vorhonken ta ns
kenhonmis hondol doldol lumvor ta ns sekbartur hondol dolgal pilhon turvor
honpilken vorlumdol ta ns lumturpil ta ns honsek sekturbar kenmispil
sekvorgal gallum ta ns entken barkenhon pilhon
lumdolgal turbar entken honsek vormis misent
sekvorgal sekbartur dolbarbar kenmispil turvor kenmispil barpil ta ns sekbartur
vormis ta ns entken ta ns honmis
lumhondol ta ns barkenhon vorhonken entken misgalsek misent vorlumdol misent
barmis mishon
lumdolgal mislum dolbarbar doldol barpil ta ns vormis
kenvortur lumdolgal dolbar ta ns lumbarbar
gallum kentur doldol dolsek sekbartur
galgalsek kenvortur ta ns lumhondol kenhonmis
galgal ta ns barmis ta ns honsek honmis ta ns vorsek ta ns sekbartur galgal lumturgal ta ns sekbartur
dolbar ta ns barmis kenpil ta ns lumhonvor ta ns dolgal entsekgal ta ns mislum
hondol honmis ta ns bargal barhonken ta ns
lumdolgal lumvor barmis ta ns vormisken ta ns dolbar dolbarbar ta ns
honmis honpilken entsekgal
lumhonvor dolbarbar sekbartur barmis sektur ta ns turhonbar pilhon ta ns turlumbar ta ns misent
sekdol lumhondol ta ns
barpil honpilken barpil enthon honsek
lumbarbar ta ns kenpil ta ns
lumturgal vordol ta ns hondol
galgal kentur
pilhon sekturbar kenmispil kentur ta ns misgalsek dolbarbar turhonbar lumturpil ta ns
dolbar honsek entsekgal bargal vorsek kenmispil dolsek kenmispil sekturbar honsek gallum mislum
sektur barkenhon entsekgal turmishon ta ns vorhon vordol lumturpil
dolbar dolgal kenent lumturpil galhonsek
lumhondol bargal honmis ta ns mislum
sekdol galhonsek galgal ta ns mislum lumdolgal dolsek misent
entsekgal misent lumturent
vorlum galhonsek turmishon dolhonbar
gallum bardol lumhonvor gallum lumhondol kenmispil
dolbar turdollum doldol lumturgal ta ns sekvorgal ta ns turmishon dolhonbar kenpil ta ns mislum
vorhonken kentur barkenhon vormis honsek kentur misent
barpil doldol honmis sekbartur sekturbar turvor
kenhonmis entsekgal turhonbar vormisken
turlumbar hondol galgal
kenpil ta ns galgal ta ns mislum
sekturbar dolbarbar lumbarbar
vorhonken kenent kenent ta ns vorsek sekbartur
sekdol ta ns entken dolhonbar
misgalsek turbar vorlum vorlumdol ta ns misent vormisken vorhon vorlum ta ns turhonbar
barpil ta ns turlumbar ta ns
dolsek ta ns vorsek ta ns barhonken ta ns barmis ta ns dolhonbar pilbar
vorhonken ta ns lumturent lumhondol ta ns lumturent kenhonmis dolbarbar dolhongal
lumhondol mislum hondol doldol kentur ta ns lumturgal barmis honsek
hondol ta ns hondol barkenhon honmis lumturpil barkenhon
hondol honpilken
lumhonvor sekbartur sektur turhonbar sekdol turbar
enthon ta ns lumhondol ta ns sekdol entsekgal turvor ta ns sekvorgal
entsekgal mishon ta ns galgalsek misent misgalsek ta ns lumhondol ta ns barkenhon
barhonken entken turmishon galhonsek
lumturpil dolbarent ta ns kentur ta ns
hondol sektur
sekvorgal barhonken galhonsek sekvorgal kenmispil
sekvorgal dolgal misgalsek ta ns vorlum honsek lumdolgal turvor ta ns barkenhon barhonken
hondol bargal lumturpil ta ns honpilken sekdol ta ns
lumturgal turvor vorhon
vormisken bargal lumdolgal bardol misgalsek bardol
enthon honsek lumturent vorsek sekbartur vormisken dolhongal pilhon ta ns galhonsek
turmishon ta ns hondol bardol dolsek vordol
pilbar misent kenent sekbartur hondol dolhongal turvor vorhon mishon ta ns
sekdol ta ns bargal gallum ta ns galgalsek
lumhondol ta ns gallum dolsek ta ns turlumbar vorlum
kenhonmis turbar vordol ta ns
turvor lumhondol ta ns hondol turhonbar sektur doldol kenvortur dolgal sekdol vorhon
enthon ta ns vorhon vormis ta ns doldol
kenhonmis ta ns lumdolgal sekbartur
turmishon ta ns lumturent ta ns turvor vorlum vorhonken bargal
honmis ta ns lumturgal lumhonvor honpilken galhonsek pilbar mislum
lumdolgal galgalsek vorhon dolsek barpil
dolbar ta ns turvor ta ns bargal turdollum galgalsek
sekturbar dolgal vorlum dolhonbar lumturgal ta ns honmis turbar
gallum lumturpil turdollum dolhongal turmishon vorhonken
dolsek misent vormis mishon bardol dolbarbar
kenhonmis bargal honpilken bargal kenvortur hondol ta ns turlumbar
lumhonvor ta ns lumdolgal ta ns bargal lumbarbar mislum
lumturgal ta ns entken dolbarent honsek
entsekgal turvor ta ns lumbarbar
turmishon ta ns sekvorgal lumbarbar enthon honmis vormisken sekbartur
vorsek kenent ta ns kenent honsek
vorsek entsekgal ta ns misgalsek turbar gallum
entsekgal dolbarbar ta ns
gallum kenhonmis dolhongal lumvor honpilken sekbartur
lumhondol dolbarent bargal lumturgal honsek lumvor dolhonbar
entsekgal gallum sekbartur sekturbar
enthon ta ns lumhondol ta ns
barmis honpilken ta ns dolhonbar vordol dolbar ta ns dolsek ta ns barpil ta ns mislum
sekturbar dolhongal kentur ta ns turhonbar misgalsek ta ns doldol pilbar
misgalsek lumhondol ta ns kenent ta ns
sekturbar turhonbar sekturbar kenmispil
galgalsek ta ns doldol lumhondol dolgal lumhonvor bardol
lumhonvor ta ns sekturbar ta ns pilbar ta ns sekbartur sekturbar ta ns misent sektur
sekturbar ta ns kenent kentur dolhongal galgal ta ns
lumhonvor turbar dolbarent barhonken sekbartur
vordol vorhon lumturpil galhonsek vorsek galhonsek lumhonvor ta ns misent
dolbarent galgal galgalsek bargal barmis
entken dolsek honpilken
turlumbar galhonsek galgalsek lumturpil ta ns vorhon pilhon barkenhon honpilken ta ns bargal dolbarent ta ns doldol
turlumbar ta ns lumvor galhonsek
turvor mislum vormisken misent kenvortur lumturpil mislum dolbarbar dolhongal honpilken
sekdol gallum sekbartur vormis vorhon galgalsek pilhon kenpil
sekvorgal ta ns mislum hondol bargal
galgalsek dolbarent vorlum misent
hondol dolhonbar dolbar ta ns galhonsek hondol misgalsek ta ns
dolsek ta ns misent kenpil ta ns dolsek vorsek kenhonmis ta ns turvor sekbartur
lumturgal lumdolgal ta ns galhonsek sektur bargal lumhonvor ta ns
sekdol ta ns turdollum dolhongal enthon vormis ta ns dolbarent ta ns barhonken ta ns
dolsek ta ns kentur pilbar lumturgal ta ns doldol
turvor bargal vorlum ta ns sekbartur turmishon ta ns dolhongal
kenvortur dolgal honpilken ta ns
lumhondol ta ns bargal galgalsek bardol pilbar dolhonbar dolbar ta ns turbar turdollum dolgal
lumdolgal ta ns honsek lumhondol ta ns lumturgal honsek lumturent ta ns dolbarent ta ns vorhon enthon
pilbar barmis lumbarbar ta ns vordol sekturbar
kentur galhonsek barhonken ta ns lumhondol sekvorgal galhonsek lumbarbar ta ns
galgalsek ta ns enthon dolgal misgalsek misent lumhonvor entken ta ns mislum mishon ta ns misent
kenent ta ns mishon dolsek lumhondol honmis bardol entken ta ns bardol
kenent galhonsek dolsek dolbarbar barpil ta ns lumturpil ta ns barkenhon hondol honsek
pilbar lumturpil ta ns
turmishon turmishon sekbartur dolbarbar ta ns dolgal barpil ta ns misent kenent ta ns
sektur mislum galgalsek bardol honpilken entsekgal honsek entsekgal ta ns entsekgal ta ns
galgalsek kenent honmis turbar misgalsek kentur
turdollum ta ns mislum entken kenmispil sekvorgal honpilken gallum barmis honsek
lumbarbar gallum dolgal lumturgal mislum kenvortur pilbar ta ns honsek
honpilken dolgal honpilken
barhonken lumdolgal ta ns bargal
galgal ta ns vorsek dolgal
vormis bargal galgalsek kenent
kentur lumvor ta ns vorhon
kentur dolbarent dolbarbar
dolbarent vorhon vormisken ta ns
sekvorgal entsekgal doldol kenhonmis ta ns dolhongal lumturgal mislum
lumturgal dolhongal sekdol ta ns
turmishon kentur barmis misent
kenent gallum bargal kenent turmishon kenhonmis ta ns turbar
lumvor kenhonmis ta ns bargal entsekgal galhonsek gallum bardol
dolsek ta ns dolhongal dolsek kenvortur honsek kenvortur
kentur ta ns pilbar dolhonbar lumturgal ta ns dolgal barpil hondol dolbarbar
mishon vorsek dolgal lumhondol ta ns galhonsek lumturgal dolgal
dolbarent lumhonvor lumbarbar dolhonbar lumturpil misent lumturent
barhonken dolsek kenhonmis ta ns
lumhonvor ta ns lumvor vorhonken lumbarbar barkenhon
turdollum dolgal turvor
kentur ta ns misent vorhonken bargal
pilhon doldol kenhonmis ta ns barkenhon vormis ta ns
sekvorgal ta ns lumdolgal kenvortur doldol
lumdolgal ta ns doldol kenvortur ta ns enthon doldol enthon ta ns dolbarbar mislum lumturent
lumvor vorhonken vorhon
dolsek barmis ta ns galgalsek barkenhon
vorlum honsek vorhonken dolbarent lumvor turbar barpil ta ns turbar
turdollum barkenhon vorhonken barkenhon
gallum vorhon lumvor vorhon sektur sektur dolhongal vorhonken
lumturent dolgal sekturbar ta ns honmis entsekgal ta ns honsek
lumdolgal ta ns kenmispil sekturbar
vormisken kenent ta ns lumhonvor vormis
enthon ta ns bargal misgalsek bardol
lumturgal ta ns misgalsek bardol lumhondol lumhondol ta ns turdollum dolbarbar
dolsek honmis pilbar ta ns bardol
vorlum lumvor lumbarbar turlumbar misent
lumhonvor turhonbar galgalsek sekturbar ta ns barkenhon sekdol kenmispil lumhondol
kenent ta ns lumturent sekbartur vorlum honsek turlumbar ta ns misent kenpil bargal sektur ta ns bardol
dolbar turbar honpilken ta ns sekdol doldol hondol ta ns lumdolgal ta ns
lumbarbar ta ns lumturgal lumvor vordol dolsek bardol
honmis ta ns kenmispil lumturpil turbar lumhonvor ta ns lumturent barkenhon entken vorhon
kenvortur lumturent lumbarbar lumturgal ta ns
sekturbar ta ns sekbartur galgalsek sekvorgal sekturbar kenmispil kenpil lumhonvor
turlumbar galgalsek lumturent ta ns kenmispil sektur dolgal dolbar dolgal
lumvor honpilken ta ns barkenhon galgal
honmis ta ns sekturbar dolhonbar vormis
dolbar kenpil pilbar pilhon pilbar kenhonmis ta ns
galgal vorhon hondol ta ns doldol lumhonvor vorsek galhonsek
kenent ta ns vorhon vordol dolhonbar
misgalsek mislum honmis turlumbar vorhonken ta ns doldol
kenpil lumdolgal ta ns vorsek ta ns galgal kenmispil lumturpil galhonsek
honpilken bardol misgalsek vorlumdol lumturgal
galgal sekdol sekbartur vorlumdol kentur bargal barmis
kenent gallum ta ns lumturgal bardol lumdolgal sekturbar turdollum ta ns sekbartur
honpilken honmis dolhongal kenhonmis kenhonmis galgalsek pilbar ta ns
sekvorgal doldol enthon bargal turvor
honmis barmis galgalsek honmis ta ns lumdolgal vorhon vordol dolhonbar
vorlumdol kenhonmis ta ns lumbarbar ta ns sekbartur sekdol dolhongal lumturgal vorsek
barpil dolsek lumhonvor ta ns
sekdol vorlum bargal turmishon dolgal lumhondol barkenhon misgalsek ta ns
vordol ta ns hondol lumdolgal lumhondol
enthon vordol turdollum galhonsek
kenvortur bardol turdollum mislum vorsek dolgal galgalsek kenmispil
lumhondol ta ns lumvor turbar sektur ta ns misent lumvor barkenhon misgalsek galgalsek mislum
mishon honsek kentur ta ns sekturbar ta ns lumvor turvor ta ns honmis
honpilken turhonbar vorhonken galhonsek misgalsek honmis dolgal sektur lumhonvor
lumturpil vorhon gallum ta ns lumvor ta ns entsekgal ta ns vorhon lumturent vorlum
vormis barmis
barpil turhonbar lumturent lumvor ta ns barpil ta ns kenmispil
vorhonken bardol enthon turdollum ta ns entsekgal dolbarent ta ns lumturpil ta ns kenmispil
mishon sekdol vorhon vorsek
sekturbar lumturent honpilken doldol kentur bardol dolsek ta ns
sektur pilhon ta ns sekdol lumhondol
misgalsek turbar entken ta ns barkenhon lumturgal
kentur honmis dolbar dolgal misgalsek lumvor sekbartur
lumturpil ta ns lumvor ta ns barhonken dolhongal hondol dolhongal lumhondol galhonsek
lumhondol ta ns misgalsek pilbar misent sekturbar dolgal entken
sektur dolgal lumturpil ta ns lumhonvor honsek lumhondol turbar
vorsek honpilken
barhonken dolsek vorsek galhonsek turvor ta ns dolhongal vorlumdol vorhon
entsekgal misent vordol ta ns hondol turvor ta ns sekbartur pilhon ta ns
lumvor lumhondol galhonsek honmis
kenpil pilhon ta ns vorhonken barhonken ta ns kenpil ta ns turhonbar
galgalsek ta ns lumhondol ta ns galgal gallum hondol ta ns doldol pilhon kenmispil
gallum doldol kenhonmis bardol
kentur doldol turvor ta ns
vormis ta ns kenent vorhon lumturpil ta ns dolhonbar vormis kenhonmis
pilbar ta ns misent vormisken lumbarbar dolbarent ta ns
dolbar vorsek ta ns
sekvorgal dolbarent
lumturent hondol ta ns sekturbar ta ns galhonsek sektur galhonsek mishon sekturbar ta ns turbar
sekvorgal ta ns turdollum lumturpil ta ns dolbarbar ta ns dolgal sekvorgal
sekdol turlumbar dolbar dolbarbar ta ns honsek sektur lumbarbar ta ns
barhonken ta ns galgal vorlumdol ta ns honpilken mislum lumhonvor ta ns entsekgal kenmispil
barmis ta ns turvor honpilken bargal
barhonken lumdolgal dolgal
dolbarbar honsek entsekgal dolhongal galgal ta ns sekdol kenhonmis ta ns mislum
enthon lumturent bargal
barmis ta ns dolhongal vormisken galgalsek
vorlum kenent vorhonken sektur dolhonbar lumbarbar
lumhonvor honsek pilbar ta ns dolbarbar ta ns lumhonvor
barmis ta ns dolhongal barpil gallum vorlum ta ns
lumturpil turhonbar turdollum
lumhonvor vormis
dolbarbar ta ns lumvor bargal vorsek
kentur ta ns kentur entsekgal honsek
lumvor dolhongal sekdol ta ns
sektur vormisken ta ns lumvor turvor dolbarent
lumhondol sekdol honsek
galgalsek vorhon lumvor mishon sekbartur
galgal kenvortur ta ns
kenhonmis ta ns vorhon lumdolgal vordol enthon bardol
turvor lumvor turhonbar kentur ta ns sekvorgal pilhon turdollum
entsekgal lumhonvor
turmishon ta ns sekbartur dolbarent ta ns lumbarbar turhonbar
kenent bargal turdollum hondol honpilken mislum vormis honsek barpil turhonbar
turdollum turdollum turvor dolsek ta ns turhonbar vordol ta ns sekbartur
vorhonken ta ns dolbarbar lumhondol bardol vordol galhonsek kenent lumhondol
lumturgal sekbartur vorlum bardol vorlumdol ta ns turhonbar pilhon
misgalsek vormis entken sekbartur gallum ta ns bargal turvor galhonsek lumturgal doldol
honpilken dolbarent vorhonken ta ns entsekgal
lumhondol vorhon vorhonken misent
pilhon vormis ta ns lumbarbar sekbartur dolsek turvor mislum
galgalsek entken turhonbar honpilken ta ns bardol hondol ta ns sekturbar
vorhonken turbar lumhonvor ta ns misgalsek kentur sektur turbar
enthon kenmispil entsekgal
vordol ta ns mislum lumturgal
barpil ta ns galhonsek dolbar barhonken vormis sekdol honsek lumturent barkenhon
lumhondol vorhonken galgal vorhon honpilken doldol turdollum turvor ta ns
vorsek bargal lumturent turmishon doldol
vorlum honmis galhonsek vormis ta ns pilhon barhonken bardol
vormisken kenhonmis lumturent
lumturgal vormisken entsekgal vormis barkenhon barhonken barpil ta ns honsek
vorlum doldol honpilken bardol
galgalsek turdollum kenhonmis ta ns bargal lumhonvor
kenpil ta ns dolgal sekvorgal ta ns
dolbar hondol doldol lumturgal lumbarbar ta ns sektur ta ns
kenpil ta ns hondol ta ns sektur barkenhon
lumbarbar vorhon pilbar honmis sekbartur sekturbar ta ns
kentur bardol honpilken dolbar dolgal sekturbar
dolbarent mislum vorlum dolbarent doldol
barhonken ta ns honmis ta ns sektur ta ns turlumbar galhonsek lumdolgal ta ns
vorhonken lumhondol ta ns bargal
sektur lumvor ta ns turhonbar turmishon kenpil
vordol lumvor turdollum ta ns kenent lumturgal ta ns
galgal barkenhon vorsek vordol turbar lumdolgal honsek hondol
lumbarbar ta ns dolhonbar lumturent turbar
vormis ta ns turhonbar turmishon doldol vormis ta ns vorsek kenpil ta ns vormisken ta ns
barmis vorhonken ta ns vordol ta ns turhonbar
lumturent ta ns vordol bargal kenvortur ta ns lumdolgal ta ns vormisken
enthon turdollum doldol
turlumbar barmis ta ns kenmispil vormisken lumturgal honsek entken ta ns kenmispil
galgalsek enthon ta ns bargal
enthon turvor honmis
sekvorgal kenhonmis honmis honpilken barhonken ta ns mishon honsek
turvor dolhonbar dolbarbar galhonsek kentur galhonsek
kenhonmis dolhonbar kenent
kenpil sektur dolhongal lumturent ta ns lumbarbar galgalsek ta ns
vorlumdol galhonsek sekdol lumdolgal misent dolbar enthon
vorhonken turmishon barhonken galhonsek
barmis entken
vorlum bardol sekvorgal ta ns honpilken mislum lumdolgal misent lumdolgal barkenhon barhonken ta ns vorhon
honmis lumturgal sekbartur dolbar sekdol dolhongal dolbar
vormis ta ns misgalsek ta ns bardol vorsek vorlumdol ta ns misent dolbarent kenmispil
lumdolgal ta ns dolbarbar vorlum
vorhonken ta ns bardol vormis sekdol ta ns
vordol bardol entsekgal turhonbar kenhonmis dolhonbar barpil ta ns dolsek ta ns barmis ta ns dolhongal
entsekgal doldol vormis kenvortur turhonbar vordol
lumbarbar vorhonken dolhongal turvor vorhon kenvortur
turlumbar lumbarbar lumhonvor dolhonbar
lumbarbar ta ns misent kenhonmis ta ns turhonbar vormisken kenpil galhonsek dolsek bardol
kenvortur turlumbar pilhon entken dolhonbar
kenent barkenhon dolsek
barpil ta ns pilbar galhonsek vorsek ta ns doldol dolbarent lumturpil lumbarbar ta ns
sektur ta ns dolhonbar dolbarent lumhondol ta ns vorhon
mishon entken turlumbar lumturgal turlumbar entsekgal ta ns mislum
kenent barhonken misgalsek ta ns turmishon bargal
pilhon pilbar hondol misent entken barkenhon
vorlum enthon dolbarbar
sekturbar barkenhon lumhonvor bargal turdollum ta ns
lumhondol ta ns barmis kenmispil dolbarbar sekbartur entken ta ns lumhonvor lumbarbar bardol
lumturent gallum mislum
entsekgal honpilken ta ns mislum turmishon ta ns bargal kentur entsekgal dolbarbar
turlumbar bardol dolbarbar turdollum ta ns misgalsek turhonbar mishon ta ns
kenpil dolbar lumhondol dolhongal barpil
turmishon vorsek ta ns kenmispil entken misgalsek ta ns
lumhonvor vorhon kentur ta ns mislum
pilbar dolsek dolsek galgalsek dolhongal enthon dolbarbar dolhongal
lumhonvor mishon bardol
pilhon ta ns bardol vormis
lumhondol honsek dolsek
hondol vorhon turvor mishon ta ns lumturent ta ns misent lumbarbar ta ns
kenpil hondol
lumvor ta ns dolhonbar honpilken ta ns enthon lumvor entken dolgal
kenhonmis kenmispil hondol mislum entken ta ns galgalsek dolbar vorhon
vorsek ta ns dolgal hondol ta ns
kentur ta ns lumvor ta ns lumturgal lumturgal kentur
entken vordol ta ns vorsek barkenhon lumturpil ta ns dolgal dolbarbar bardol
pilbar lumturgal hondol sekvorgal vorhon
vorlumdol vorlumdol turbar lumdolgal lumhondol
dolsek dolhongal lumbarbar lumhondol bardol lumturent lumturent ta ns kenpil ta ns
turvor lumhondol misent vorhonken turhonbar sekdol kenmispil vorhonken ta ns kenent ta ns mislum
lumdolgal entsekgal kenmispil mishon ta ns bargal kenent ta ns turvor dolsek ta ns dolhongal
lumturpil ta ns dolsek ta ns turvor ta ns turlumbar
turdollum vorsek ta ns turbar
turdollum lumturgal enthon hondol dolsek
kenpil dolsek sekbartur dolbarent turhonbar turdollum entken
honmis dolhongal dolbarbar sekvorgal ta ns kenvortur mislum
turlumbar honsek honmis dolsek lumhonvor ta ns mislum
dolbar ta ns dolbar dolhonbar
vormisken barhonken kenhonmis sektur
sekvorgal kenpil lumhonvor doldol galgalsek turhonbar entken ta ns dolhonbar
vormisken bardol entken turlumbar lumdolgal hondol honmis ta ns
sekdol kenmispil vorlum honsek turlumbar entken vormisken ta ns lumturgal turhonbar
lumdolgal ta ns dolbar honpilken ta ns sekbartur
vorsek turmishon doldol pilhon vormis kenmispil
kentur dolbar turdollum doldol kenent kenhonmis
vormisken ta ns dolbarent dolhongal kentur sekturbar ta ns galhonsek barmis
pilhon dolsek entken bargal entken ta ns
vorsek lumdolgal enthon kenmispil
honpilken bardol dolbarent dolbarent honsek mishon
gallum honsek sekvorgal misgalsek sekbartur kenvortur pilbar
sekturbar hondol vorsek dolhonbar
vorlum dolsek vorhonken misgalsek ta ns
lumvor ta ns turdollum dolhonbar dolsek mislum honmis
honmis ta ns misgalsek bargal pilhon kenent ta ns
vordol kenpil dolhongal vordol lumbarbar ta ns dolgal
dolbarent turhonbar hondol ta ns honpilken ta ns
sektur turbar lumhonvor dolbar pilhon dolhonbar misgalsek ta ns
hondol ta ns entken turmishon ta ns
kentur ta ns lumturgal gallum dolhonbar
lumhondol ta ns galgalsek kenent galgalsek
vorhonken honsek turlumbar vorlum ta ns lumturgal lumvor ta ns lumturent ta ns
entsekgal vorhon lumdolgal galhonsek honpilken
entsekgal ta ns sekbartur kentur turlumbar ta ns lumturpil galhonsek
kenpil vorhon enthon kenent ta ns honmis lumvor
hondol ta ns dolbarent ta ns dolgal
sekvorgal hondol
lumbarbar doldol vorsek barkenhon misgalsek ta ns vorhon
sekvorgal kenmispil barpil lumdolgal sektur doldol lumturgal ta ns
pilbar enthon
kenvortur pilbar ta ns vormisken galgal kenent ta ns turhonbar
lumhondol vormis ta ns kenmispil vormis ta ns
dolsek vorsek lumturent lumvor lumturent
galgal kenhonmis pilhon mishon ta ns
lumdolgal ta ns kenvortur ta ns barkenhon barmis ta ns bardol kenent ta ns dolhonbar sekturbar ta ns
vormis kentur entsekgal honpilken turdollum vorhon vorlum
galgalsek vormis vorhon vormisken kentur lumturpil ta ns
galgalsek kenpil kenmispil honpilken barkenhon dolbarent galhonsek sekvorgal
lumhondol bardol vorsek
enthon vorhonken turbar
dolbarbar ta ns bardol galgal enthon ta ns vormis ta ns dolhonbar galgal
lumturgal ta ns dolhonbar sektur ta ns sekbartur dolbarbar ta ns
honpilken sekvorgal barkenhon honpilken honsek vormisken ta ns sekturbar
vormis kenent ta ns galhonsek lumturgal ta ns kenmispil barpil ta ns doldol
dolsek barhonken vorhonken ta ns dolbarbar kenmispil galgalsek dolgal lumbarbar ta ns
hondol kenpil galgal lumturent lumdolgal vorhon
enthon ta ns vorhonken
galgal kentur turbar
vormisken mishon vorlumdol
vordol vorhonken vormis turmishon ta ns dolhongal
lumturent turbar gallum vormisken doldol
sekturbar kenmispil kenpil ta ns sekturbar misent lumturpil kentur
pilbar bardol sekvorgal galgal vorhonken ta ns dolhongal hondol sekdol
vorlumdol doldol galgalsek ta ns barkenhon
dolsek turhonbar turvor
barmis turbar kenvortur lumvor ta ns
lumbarbar sekturbar ta ns kentur sekbartur
dolbar vormisken dolhongal gallum lumvor pilhon barkenhon turlumbar ta ns barkenhon
lumturent lumdolgal barmis
barmis lumbarbar
pilbar turvor ta ns kentur vorhon
kentur kenent barkenhon vordol kentur ta ns pilhon doldol kenvortur ta ns
hondol lumhondol ta ns bardol lumhondol honpilken lumhondol ta ns galhonsek
turmishon ta ns vormisken ta ns
turlumbar kentur lumbarbar ta ns vorhon dolbarent ta ns vorhon turdollum ta ns kenmispil vordol
enthon ta ns galgalsek honmis ta ns sekturbar sekbartur sekturbar ta ns pilbar barkenhon
kenent ta ns sekvorgal honsek sekdol ta ns galhonsek hondol vordol doldol
entken sekdol ta ns turbar lumvor doldol galgal turhonbar
hondol sekdol ta ns dolbar lumdolgal
vordol ta ns lumhonvor vorhon vorhonken barpil
entsekgal kenpil lumturpil barkenhon
turmishon vormis honsek barpil
enthon bardol vorlumdol misgalsek vordol dolsek ta ns dolgal turmishon
honpilken bardol sektur turbar lumdolgal ta ns sekbartur kenvortur doldol vorsek sekbartur
sektur kentur lumdolgal ta ns dolhongal dolbar ta ns mislum
gallum ta ns vorhon vorsek ta ns
lumhonvor ta ns turlumbar
lumturpil ta ns entsekgal ta ns misent barhonken ta ns
pilhon vorlumdol ta ns lumturpil turbar kentur
misgalsek ta ns galhonsek lumdolgal galhonsek enthon barmis barpil mislum
vormis vorhon barpil barkenhon dolbar pilbar barkenhon pilhon ta ns enthon
barhonken sekdol honmis gallum dolhongal kenhonmis ta ns kenmispil
honmis ta ns galhonsek sektur
lumbarbar kenmispil hondol lumvor galgal
honpilken ta ns honmis ta ns kenvortur ta ns mislum galgal turhonbar gallum ta ns
lumturpil enthon galgal enthon ta ns dolbarent sektur ta ns
vordol kenhonmis lumhonvor kenhonmis bargal lumhonvor ta ns
lumhonvor doldol pilbar vorlum vorhonken vorhonken ta ns lumturgal dolgal
sektur ta ns galhonsek vorhonken dolgal barpil sekbartur
lumhondol ta ns doldol lumdolgal sekvorgal ta ns turvor ta ns vorlum
vorsek sektur barkenhon dolsek sektur ta ns kenent ta ns gallum
lumvor sekturbar vorhon lumturent dolhongal vordol kenmispil galgalsek ta ns
vorlumdol ta ns entken vorhon lumbarbar kenhonmis
lumbarbar enthon enthon
kenvortur lumturgal
dolbarent barmis ta ns doldol sekvorgal turdollum
entken honsek barpil lumdolgal vorhonken sekbartur dolbarent
lumvor ta ns kenvortur mislum vormisken ta ns vorlum ta ns lumturgal ta ns lumdolgal ta ns barkenhon
vormis lumbarbar kenmispil
entsekgal ta ns sekbartur sektur bargal turmishon ta ns hondol doldol
pilhon ta ns lumbarbar honsek
kenvortur lumhondol
lumhondol barkenhon galgal ta ns
kenvortur turhonbar dolbarbar turbar hondol lumturent bardol
turmishon mislum vorhonken pilbar ta ns lumdolgal ta ns sekbartur vorsek honsek
barhonken vorhon vormisken ta ns sekbartur
barhonken vordol pilhon ta ns vorsek honsek
sekturbar ta ns kenmispil vordol pilhon kenmispil kenpil entsekgal ta ns
lumturpil honmis vorsek ta ns
lumhondol bargal turvor mislum vordol
lumturent mislum sekdol sekbartur enthon mishon dolhonbar
turvor ta ns turdollum ta ns vorhonken vormis misent turvor pilbar
lumturpil vormisken dolbarbar doldol turmishon vorhon
turmishon turbar honmis bargal sektur dolgal dolbarbar dolhongal
turlumbar honsek entsekgal mislum sekdol misent barmis dolhonbar sekdol entsekgal ta ns dolhonbar
lumturent ta ns sektur sekvorgal hondol ta ns galhonsek lumdolgal ta ns dolsek ta ns
sekvorgal turhonbar honmis dolsek ta ns sekbartur vormis doldol kenhonmis ta ns honsek lumbarbar
gallum ta ns bardol lumdolgal dolgal sekvorgal
barhonken mishon
lumdolgal vorhonken vorlum
kentur vorhon lumturpil ta ns vorsek ta ns dolbarbar vorsek pilhon
mishon dolbarent barpil ta ns sekvorgal kenpil ta ns
sekvorgal ta ns doldol gallum honsek kenhonmis sekbartur
vorlum ta ns honsek vorsek dolhonbar entsekgal
kenpil ta ns barkenhon turvor
barpil dolhongal dolbarbar bardol pilbar ta ns
barhonken pilbar entken bargal lumturpil ta ns entsekgal ta ns dolbarbar ta ns
kenent ta ns galgalsek vorlum turbar sekturbar
lumhondol ta ns dolhongal vormis ta ns galhonsek turdollum sekturbar sekbartur dolbarent ta ns
dolbar enthon galgalsek lumvor turmishon ta ns barpil ta ns
galgal barmis honsek dolbarent lumdolgal ta ns barhonken ta ns galgalsek sekbartur
kenhonmis ta ns bargal lumturgal sekbartur lumturpil dolgal lumturpil ta ns pilbar galgalsek ta ns
dolbarent galhonsek misgalsek ta ns
lumvor vordol ta ns lumbarbar ta ns hondol ta ns
turvor honpilken honsek sektur dolhongal lumturgal lumhonvor
dolsek lumturgal mislum dolbarent ta ns dolhonbar lumbarbar galhonsek kenpil ta ns
pilhon ta ns sektur vorhon
sekvorgal ta ns dolsek lumturgal ta ns honsek vormis turlumbar
barpil turhonbar kenhonmis
sektur vorlumdol turlumbar ta ns galhonsek kentur dolgal barmis lumturgal
kenhonmis sekbartur lumhonvor
lumturent kentur turbar
hondol turvor pilhon ta ns lumvor mishon bargal
barmis turbar honpilken
lumhonvor ta ns vormis honmis
vormisken dolbar turmishon turbar dolbarbar dolbar
kentur sekturbar
turvor misent dolbarent ta ns dolbarbar ta ns gallum ta ns galgalsek dolgal
dolbarent sekbartur entsekgal ta ns
dolbarbar ta ns entken dolhonbar
galgalsek turmishon barkenhon dolbarbar
sekdol vormis vorlum ta ns kenmispil kenent
lumhondol ta ns kenent turlumbar lumhonvor ta ns
kenent turhonbar hondol misent vormisken misgalsek ta ns mislum lumturent vorlum mislum
enthon ta ns lumturgal vordol ta ns
kenhonmis ta ns enthon turbar honpilken ta ns misent
vordol dolgal honpilken
barhonken ta ns misent turvor ta ns sekbartur mishon galhonsek kenpil galhonsek vormis ta ns dolbarbar
sekvorgal turbar kenpil ta ns sekbartur sektur ta ns barpil
pilhon ta ns barhonken ta ns turdollum barhonken ta ns gallum ta ns sekvorgal dolhonbar
lumbarbar gallum vorhon
kenent mislum turlumbar lumturent lumdolgal vorlumdol
turlumbar ta ns galhonsek vorlumdol sektur vorhon dolbarbar kenpil ta ns pilhon
misgalsek dolhongal mishon honsek entken dolhongal kenent ta ns
lumvor misgalsek vorhon sektur ta ns vorhonken vorlum ta ns
hondol turlumbar dolgal vorlum misent vorsek
mishon enthon barmis dolhonbar turlumbar
lumturgal sekturbar vormis ta ns turbar vormisken galgalsek ta ns lumbarbar ta ns misent
vormis ta ns sekbartur galgalsek lumbarbar ta ns barkenhon lumturgal honmis barhonken
vormisken gallum ta ns galgal turbar turvor lumhondol ta ns turbar
sektur kenvortur
turvor ta ns lumbarbar turbar vorsek ta ns hondol ta ns
dolbarbar lumhonvor ta ns barkenhon enthon vorhon lumturent ta ns turbar dolbar
lumhonvor ta ns vordol mishon ta ns sekdol ta ns kentur ta ns vorhon lumvor
gallum dolbar misent turvor
entsekgal dolhongal dolbarent vormisken galhonsek turvor ta ns kenmispil
pilhon lumhonvor turhonbar
vormis ta ns turmishon ta ns dolhonbar kenpil vorlum ta ns gallum dolbarent barkenhon
honmis turlumbar ta ns turdollum lumhondol ta ns kenvortur lumhonvor ta ns
vorlum bardol barmis dolhonbar sektur ta ns
barmis barpil vormis kenmispil vormisken galgalsek dolhonbar
kenent dolgal lumdolgal turlumbar sekvorgal ta ns kenhonmis ta ns
turdollum turhonbar gallum ta ns galhonsek lumdolgal turvor dolhongal turlumbar dolhongal
vorhonken honmis ta ns mishon honsek
lumhondol misgalsek ta ns entken barhonken doldol
dolsek barkenhon lumhonvor ta ns turhonbar barpil kenhonmis bardol dolbarent dolhongal hondol ta ns
honmis lumvor ta ns pilbar pilbar kenmispil sektur vorlumdol
honpilken sekvorgal kenent ta ns galhonsek barhonken galhonsek lumhondol honmis
dolbarent ta ns galgal ta ns sektur barkenhon lumturpil honmis turhonbar vorsek ta ns
vorlumdol barkenhon sekdol ta ns dolsek
entsekgal barhonken turlumbar turhonbar
misgalsek barpil bargal sektur vormis ta ns hondol
sekvorgal honpilken mislum
turvor ta ns turhonbar lumhondol dolhongal lumhondol ta ns galgalsek ta ns
pilhon doldol pilhon ta ns
sekvorgal honsek vormisken ta ns bargal kenhonmis ta ns vorhon
vorsek ta ns vorhon sektur mislum
sekdol barkenhon lumturgal ta ns turvor sekbartur galgalsek vorhon enthon ta ns
lumhondol sekturbar turhonbar barpil dolbar barkenhon vorsek
lumvor doldol lumvor ta ns galgal sekbartur sektur ta ns barmis barkenhon barmis turbar
barpil turhonbar honmis
gallum galhonsek galgal galhonsek honmis hondol lumbarbar honpilken ta ns barkenhon
honmis ta ns lumturent ta ns vorhon dolbarent ta ns dolbarbar turbar vorlum
dolsek ta ns mishon galhonsek misgalsek ta ns dolhonbar vormis ta ns turvor dolbarbar
dolbar galgal ta ns dolbarbar sekdol dolhonbar
mishon barhonken doldol kenent bargal lumbarbar barhonken bardol vormisken bardol
honmis ta ns dolhongal kenpil ta ns honmis ta ns turdollum ta ns hondol
enthon galgal lumvor
vormisken ta ns dolhongal turdollum ta ns kenpil dolgal
lumhondol barkenhon lumdolgal bargal lumturgal
enthon turhonbar enthon bargal
lumdolgal dolhonbar dolbar dolbarbar lumturgal sekbartur
lumvor dolhonbar turvor dolhongal kenvortur ta ns dolgal kenhonmis ta ns turdollum ta ns
enthon lumturpil misent honpilken kenmispil vorhonken bardol
sekvorgal vorsek
mishon vorhon turvor dolbar vorhon kenhonmis vorhonken vorsek galhonsek
dolbar misent vorlum mislum vormis misent dolbarbar ta ns
barpil bardol vormisken dolbarbar
pilbar ta ns vorhonken ta ns bardol dolbarent sekbartur
turvor turmishon barpil ta ns lumhonvor barkenhon barmis ta ns
vorlum bargal entken ta ns mislum dolbarbar turhonbar barhonken ta ns turhonbar
kenhonmis entsekgal ta ns honsek sekvorgal ta ns gallum ta ns misent lumbarbar
lumhonvor sekturbar lumdolgal ta ns lumturpil
mishon kenmispil kenpil galgalsek
vorhonken kenent pilbar lumturent entken ta ns mislum
entken ta ns lumdolgal ta ns barpil ta ns
misgalsek vormis ta ns doldol misgalsek
vorlum ta ns kenhonmis
honmis sekdol
dolsek dolbarent
dolbar dolbarent ta ns kenent kentur
vorlumdol ta ns vorhon entken sekdol ta ns vorlumdol ta ns galgalsek ta ns lumbarbar bargal
lumhondol ta ns misgalsek lumbarbar dolhongal sekturbar ta ns vorhon
galgalsek ta ns kenhonmis
lumbarbar turvor lumhonvor
sektur dolbarbar ta ns barmis ta ns bargal vorhonken misgalsek ta ns honsek turlumbar ta ns
barpil hondol turbar sekvorgal barkenhon lumvor ta ns doldol turlumbar dolhonbar
vorhonken turhonbar galgal ta ns vorhonken kenent kenvortur ta ns
barmis dolhonbar entken ta ns sekbartur
vorhonken ta ns dolhonbar lumdolgal vormis ta ns lumturgal kenmispil galgal barkenhon galgal galhonsek
sektur ta ns honsek sektur sekbartur galgalsek barhonken ta ns
mishon sektur barhonken galhonsek misgalsek
galgalsek galgal turbar vorhonken misent turdollum entsekgal ta ns
enthon galgalsek kenhonmis ta ns
turlumbar pilhon dolhongal pilbar misent
kenhonmis ta ns turvor vorhon sekdol vormisken bargal kenvortur bargal lumturgal ta ns
lumturgal ta ns honpilken bardol vorhonken misent barpil ta ns
dolbar kenmispil vormisken entsekgal ta ns bargal sektur ta ns dolbarbar ta ns vorlum vorhon
barpil ta ns vorhon enthon entken ta ns honmis ta ns barhonken honsek lumturgal honsek
turdollum lumturgal
lumturent mislum kenent sekvorgal dolbarbar ta ns pilbar ta ns
turlumbar ta ns galhonsek dolbarent sekbartur kenent vormisken vorhon
dolsek ta ns misent vorlumdol ta ns kenmispil
turdollum sektur vorlum kenhonmis kenmispil kenvortur
mishon dolhongal vorlumdol mislum barpil
kenpil dolbarbar dolbar kenmispil mishon dolhonbar
lumturgal turbar enthon ta ns dolhonbar sekvorgal ta ns barpil hondol galgal barkenhon
kenent galhonsek lumdolgal ta ns dolbar ta ns entsekgal ta ns vorhon
dolsek lumturent kenmispil lumturpil dolbar turmishon sekturbar bardol
vorlum sekbartur sekvorgal sekvorgal ta ns dolhongal
barmis honpilken ta ns vorlumdol sekbartur entken lumbarbar ta ns
sektur ta ns misent lumturpil bargal galgalsek turvor
barmis ta ns vormisken turdollum
vorhonken ta ns kenhonmis kenhonmis
turvor mislum entken kenent galgal ta ns barhonken enthon ta ns
enthon sekbartur turdollum turlumbar mishon ta ns lumvor ta ns bargal lumvor ta ns
enthon ta ns barmis dolhonbar turmishon mislum vormis ta ns lumdolgal ta ns
entken bardol honpilken misgalsek dolbarbar ta ns kenmispil entken
turlumbar sekdol turbar pilbar ta ns sektur dolgal
barhonken ta ns kenvortur ta ns lumturpil ta ns barkenhon turmishon dolhongal sektur
sekdol honpilken kentur ta ns vordol ta ns barpil kenhonmis kenmispil
kenvortur dolhongal enthon ta ns vorlum sekbartur sekvorgal mislum sekdol
lumhondol ta ns vorsek turhonbar sekdol misent vormis honsek kenvortur ta ns
vorsek dolhongal sektur hondol ta ns turhonbar entsekgal honsek
barmis ta ns mislum vordol ta ns
dolbar ta ns gallum kentur ta ns honsek
misgalsek barkenhon dolbar ta ns vorsek turmishon ta ns sekvorgal
sekturbar kenpil ta ns mislum dolbar dolhonbar kenhonmis vorhon lumturent
kentur galgal vorlum honmis ta ns mislum entsekgal dolgal pilhon
sekvorgal galhonsek barmis lumturpil turvor dolgal
dolbarent ta ns mislum kenhonmis barkenhon entken turbar
honpilken ta ns galhonsek kenhonmis lumturent dolgal lumdolgal ta ns doldol
kenhonmis galgal ta ns bargal
vorlum galhonsek kentur ta ns honsek dolbarent lumturgal ta ns vorhon barpil lumvor
lumhondol ta ns turmishon doldol pilbar ta ns pilbar dolhongal misgalsek ta ns barkenhon
barhonken vorlumdol galhonsek kenhonmis
barpil ta ns dolgal lumdolgal kenent kentur dolhonbar vormis enthon ta ns
lumturpil ta ns sekbartur entsekgal ta ns dolhonbar
lumhonvor vorlum
barhonken barpil ta ns mislum kenent
kentur ta ns vorsek ta ns bargal pilhon doldol kenvortur
honmis ta ns bardol barhonken lumvor kentur dolbar
sekvorgal dolhonbar hondol
entken mishon entken galgalsek honpilken ta ns lumturgal ta ns
kenvortur lumbarbar
vorlumdol kenhonmis ta ns kenhonmis ta ns kenmispil turvor ta ns mislum pilhon
dolbarent ta ns honpilken turhonbar kenent lumbarbar ta ns turhonbar vorlumdol
hondol sekbartur vormisken enthon ta ns vorlum mishon barhonken galhonsek
vorhonken dolgal vordol ta ns honsek vormis
honpilken turvor ta ns vorhon barpil ta ns turhonbar
galgal sekbartur sektur ta ns dolhonbar pilhon lumvor ta ns honmis
misgalsek sektur entsekgal turbar hondol galhonsek sektur kenvortur
pilhon sekbartur misgalsek barkenhon
sektur barmis dolbarent honmis dolgal
enthon ta ns kenvortur ta ns dolgal
turlumbar galgalsek vorhon
turvor entsekgal ta ns barpil bargal dolbarent ta ns dolhongal
lumhondol ta ns dolbar ta ns lumturent ta ns turhonbar vordol ta ns kenmispil turlumbar sektur
honpilken vorlumdol ta ns kenhonmis barpil galhonsek vorhonken vorhon lumdolgal
turvor barpil ta ns kentur ta ns misent
misgalsek ta ns sekbartur barmis sekturbar sektur dolsek dolsek
honmis barkenhon kenent bardol
entken lumturgal barpil
sekdol lumhonvor ta ns lumdolgal pilhon
sekdol lumdolgal
barmis dolhongal turdollum
pilhon barkenhon lumhonvor lumdolgal dolsek turmishon
turmishon dolgal galgal vorhon galgal ta ns misent turmishon ta ns lumhonvor ta ns barmis ta ns misent
barmis ta ns sekvorgal ta ns vorsek kenmispil sekdol ta ns dolhongal
kenvortur dolhongal dolbar vordol ta ns barmis vorhon lumhondol lumhondol
vorlum vorhonken
vormisken galgal misent honmis ta ns lumbarbar barkenhon lumhondol ta ns turbar sekvorgal ta ns mislum
enthon vorhon vorlum dolsek bargal gallum sekbartur
lumturgal kenmispil mishon sektur vordol turbar turmishon
turlumbar ta ns pilbar lumbarbar dolhonbar lumbarbar
dolbarbar lumturent vormisken ta ns misent gallum misent honmis dolbar ta ns
lumhonvor ta ns turhonbar dolbar vorhon
turlumbar dolgal lumvor bardol turmishon gallum ta ns
sekvorgal vorsek vorhon
turdollum ta ns galgal kenmispil mishon
barmis turdollum lumturent barhonken
kenpil ta ns turhonbar honpilken bardol dolbarent entken dolhongal honmis mishon bargal
galgal turlumbar sekbartur
kentur ta ns turbar galgalsek sekbartur enthon
turvor turvor misent vormis ta ns galgalsek vorhon
sekvorgal sekbartur dolbarbar kenmispil turlumbar ta ns barpil vorhon
sektur sekdol vorhon
sekvorgal dolgal dolbarbar dolbarent dolhonbar
vorlum pilhon ta ns doldol lumhonvor vormisken ta ns
barpil kenpil barkenhon
kenvortur ta ns lumbarbar misgalsek dolsek
kenent mishon ta ns vorlumdol ta ns kenmispil kentur ta ns lumbarbar
galgalsek honsek vormisken mislum enthon entken honmis turdollum bargal
sektur vorhonken bargal
vorhonken ta ns turbar barpil dolhonbar gallum misent barmis
lumturgal barkenhon lumbarbar galgalsek gallum ta ns dolhonbar
barpil ta ns lumdolgal vorhon lumturent turbar
sekturbar barkenhon galgalsek vorhon dolbarbar entsekgal barkenhon galgalsek ta ns turhonbar
lumdolgal ta ns doldol kenpil
lumturent doldol honpilken lumvor misent
sektur honsek lumdolgal honpilken
dolbarbar ta ns honsek honpilken kenent misgalsek ta ns barkenhon barmis dolhongal
vordol sektur sekdol lumhonvor ta ns dolhonbar vorhonken ta ns
entsekgal lumturpil ta ns lumbarbar misgalsek
vormisken vorlum dolgal dolbar ta ns vorhon dolbar turdollum galhonsek enthon sekbartur
vordol dolbarbar entsekgal
turmishon entken ta ns barpil sekvorgal kenvortur ta ns
entsekgal sekbartur lumhondol
galgalsek barhonken turlumbar lumturgal dolgal lumvor doldol entken
pilbar kentur bardol kenpil sekvorgal doldol entsekgal
turmishon ta ns honpilken turhonbar lumdolgal sekbartur pilhon ta ns dolgal lumhonvor galhonsek
vorlumdol enthon barmis doldol kenhonmis
vorsek kenpil bardol vordol
galgalsek bardol lumturpil
sekvorgal turvor vorlum ta ns entsekgal dolhonbar lumbarbar turvor turbar
gallum turbar lumvor ta ns honsek entken galgalsek bardol hondol doldol
lumdolgal galgalsek ta ns dolhongal
gallum lumturpil sekturbar ta ns
kentur ta ns kenpil turhonbar galgal lumvor mislum
kenpil ta ns kenhonmis sekbartur vordol kentur
lumbarbar ta ns dolhongal sekdol turbar kenent ta ns
kenpil ta ns mislum sekdol sekvorgal lumturpil
kenhonmis dolgal turvor barkenhon vorlum
vorsek ta ns dolhongal lumhondol sekbartur lumhonvor sektur ta ns doldol
kenpil ta ns dolhonbar kenvortur entken dolbar barkenhon
vormis turbar vormis dolbar galhonsek vormis ta ns
lumturpil kenmispil barhonken pilbar kenmispil
sekvorgal vorlumdol vorlumdol dolhongal lumbarbar misgalsek
entsekgal dolgal vormisken hondol
misgalsek ta ns dolhongal barpil dolbarbar ta ns
kenpil vorhon lumhondol turvor ta ns galhonsek
entsekgal dolbar ta ns turmishon dolbar galhonsek sekdol ta ns pilhon
vorlum ta ns lumvor turlumbar dolhongal
galgalsek ta ns kenpil vorlum sekdol sekbartur galgalsek ta ns
dolbarent vormisken dolhonbar hondol ta ns kenpil ta ns turmishon ta ns barkenhon vorlumdol
pilhon lumvor
pilhon dolbar ta ns vorhon lumvor ta ns dolgal
lumturpil doldol entsekgal turlumbar ta ns vormisken vorsek
kentur vorlumdol turmishon ta ns
dolbarent lumhondol ta ns
entsekgal dolhongal enthon
dolbarbar ta ns barkenhon vorhonken ta ns honsek sekdol hondol honpilken turmishon ta ns
lumhonvor sekbartur kenvortur entsekgal dolhonbar
turvor pilbar galgalsek kenvortur bargal pilhon ta ns galgal vorhon
pilbar kenmispil honmis dolsek ta ns kenmispil kenent
barpil vorhon turmishon sektur mislum pilbar sekbartur vordol
lumhondol sekvorgal
vormisken entsekgal sekbartur sekdol ta ns
barhonken kenmispil vorlum pilbar
misgalsek sekdol barkenhon kenvortur vorlumdol vorlumdol ta ns doldol sekvorgal ta ns turhonbar
dolsek kentur ta ns
vorhonken sekdol sekbartur entken barkenhon pilhon barkenhon kenpil dolhongal
honmis galhonsek pilhon ta ns misent vorlumdol sekdol ta ns
dolbarbar ta ns barhonken ta ns turmishon
lumdolgal vorhonken turlumbar ta ns kenhonmis bardol
sekturbar ta ns dolgal pilbar vorlum pilbar galgalsek doldol barmis
barhonken ta ns galgal honmis bargal vorhonken ta ns bargal sektur dolhongal
enthon bargal pilhon
vormis lumturent ta ns vorhon vordol honmis misent vordol lumturent barkenhon
turvor honpilken barmis ta ns entsekgal ta ns mislum vorlumdol honmis
dolbar sekbartur barhonken
lumturent lumdolgal lumturent dolhonbar mishon ta ns bardol
dolsek dolbarbar vorlumdol vorsek ta ns mislum lumvor dolbar bargal
lumvor ta ns mislum barmis ta ns mishon ta ns turhonbar enthon ta ns dolhongal turlumbar entsekgal
kenvortur ta ns galgalsek sekbartur mishon ta ns dolbar vorhon sektur
dolbarbar ta ns kenhonmis vorlumdol
entken misent turvor ta ns
kenhonmis ta ns vormis pilhon ta ns dolhongal kenpil ta ns kenvortur
kenhonmis entken ta ns barpil ta ns barpil turlumbar
enthon dolhonbar gallum barkenhon
vorsek ta ns gallum entsekgal dolbarent bardol
enthon ta ns vorhon lumturpil turhonbar
turmishon turmishon ta ns dolbarent
sektur honsek sektur turdollum barkenhon lumvor mislum
vorhonken pilbar kenvortur ta ns lumdolgal ta ns vorhon lumbarbar lumhonvor kenmispil
lumturent vormis ta ns turbar kentur galhonsek lumdolgal
honpilken ta ns lumhondol ta ns sektur ta ns barhonken sekdol ta ns
lumturpil lumdolgal ta ns honsek lumbarbar ta ns kentur turmishon
entsekgal ta ns barmis
dolbarent vormisken honmis dolhongal turmishon
kenvortur dolhonbar kenpil honmis kenmispil lumturgal ta ns barkenhon
sekdol ta ns dolbar ta ns honsek galgal
turdollum ta ns dolgal turvor galhonsek turmishon galhonsek kenpil honsek sekdol
vormisken kenent ta ns dolhongal lumturgal ta ns
turdollum pilbar misgalsek ta ns vorhon
lumturent galgal mishon vormisken kenvortur kenent
pilhon turbar kenvortur sekvorgal galgalsek turhonbar sekvorgal ta ns dolhonbar
kenent doldol vorlum kenmispil vormisken ta ns kenent kenhonmis ta ns gallum honsek
barhonken mishon honpilken ta ns turdollum
kenpil kentur lumhondol sektur mislum lumvor barkenhon dolbar vorhon
kenent ta ns misent vordol
lumhonvor dolhonbar sekdol ta ns doldol hondol ta ns bardol mishon kenmispil kenent lumhondol
vordol ta ns lumturpil lumbarbar barpil lumturpil
sekdol sekvorgal honsek kentur mislum barhonken barkenhon
dolbarbar dolhongal galgalsek galgal galhonsek galgal kenmispil honpilken ta ns sekturbar ta ns doldol
vorlum barkenhon barpil ta ns vorhonken ta ns
lumhonvor sekbartur galgalsek galhonsek dolsek ta ns dolbarbar barkenhon
entken barhonken kenvortur vorlum lumhondol dolhonbar
dolbar kenent vordol bargal kentur doldol lumhondol ta ns turbar
turlumbar lumturpil bardol kenvortur dolbar bardol kenent dolhongal
pilbar ta ns dolbar ta ns barmis ta ns bardol enthon turdollum vorlumdol ta ns
galgal barkenhon sektur
mishon turlumbar dolgal sekvorgal ta ns lumvor
honmis ta ns barmis lumturpil ta ns galgalsek ta ns
gallum bargal sektur vormis turhonbar gallum misent mishon sekbartur
dolsek vorsek dolbar lumdolgal barkenhon
pilhon dolbar kenpil ta ns galgal misent kentur pilhon ta ns
turlumbar ta ns lumturgal lumturgal vorsek ta ns sekbartur
gallum ta ns dolsek bardol lumhondol vorhon pilbar ta ns vorhon honpilken sekbartur kenpil
dolbar doldol lumturgal honsek dolbarbar vorsek
turdollum ta ns galgal ta ns barkenhon
barmis kentur ta ns galgalsek
sekvorgal dolhonbar dolbar dolgal vorsek ta ns vorhon vordol dolgal turlumbar ta ns dolgal turlumbar
lumvor misgalsek honsek
lumdolgal ta ns dolbarbar sekbartur
dolsek lumturgal ta ns bardol vorhonken ta ns misgalsek galhonsek
turlumbar ta ns kentur dolgal
kenent sekvorgal turhonbar mishon turbar barpil ta ns
dolsek ta ns vordol vormisken lumturent galgal ta ns sekdol ta ns
kenpil honsek pilhon
pilhon sekdol vormisken
barhonken pilbar
misgalsek ta ns sekturbar ta ns bargal galgal ta ns
turdollum barkenhon turmishon turbar lumturgal turbar vordol bargal vorhonken
lumturgal entsekgal vorlumdol entken ta ns
barpil galhonsek kentur ta ns vorhon lumhondol pilhon bardol lumvor barhonken ta ns
dolsek turbar turlumbar honsek dolbar lumturgal ta ns
kenvortur dolsek misgalsek lumvor
misgalsek dolhonbar lumdolgal ta ns turdollum lumdolgal ta ns turhonbar
kenhonmis ta ns lumvor kenmispil turlumbar
turmishon turdollum lumdolgal dolhongal vordol honsek enthon honsek
pilhon barhonken vormis kenmispil sekdol turmishon
lumdolgal honsek lumhonvor mishon ta ns mishon
lumbarbar kenmispil dolsek sekdol doldol
galgalsek turvor kenhonmis sekdol ta ns vorhon
dolbarbar sekdol barkenhon lumhonvor sekdol lumturent ta ns
lumdolgal bargal pilhon ta ns barkenhon
dolsek ta ns turbar mishon ta ns turmishon kenvortur ta ns vorhon honmis ta ns galhonsek kenpil
kenvortur sekvorgal turhonbar
turlumbar sekturbar ta ns doldol sekdol dolgal
kenent turdollum honpilken galgal barmis misent
kentur bardol vormis ta ns bardol lumturgal ta ns sekbartur
vorhonken turmishon ta ns vorhonken vorhonken ta ns mislum kenpil kenmispil
vorlumdol lumturpil sekturbar mislum
lumdolgal ta ns gallum kenhonmis turlumbar mislum turdollum ta ns honsek
honmis pilbar sekbartur vorhonken mishon ta ns sekbartur
hondol ta ns sekvorgal
pilhon ta ns barpil ta ns
vormis barkenhon sekdol sekturbar honmis
vorlum lumhondol dolbarent ta ns
pilhon ta ns misent lumturgal dolgal vorlum gallum dolhongal vormis turbar dolsek turbar
lumhonvor ta ns bardol turvor vorhon kenpil sekturbar ta ns turbar pilbar ta ns
lumvor doldol mishon lumhonvor turbar
vorsek sekvorgal mislum mishon ta ns
sekdol ta ns galgal ta ns honmis dolgal honmis turbar
honpilken pilhon sekvorgal ta ns
kenhonmis barkenhon vormis ta ns barpil pilhon ta ns honmis lumbarbar
honpilken ta ns bardol pilbar lumdolgal ta ns vormis ta ns lumhondol galgalsek ta ns
entken barkenhon turmishon ta ns turlumbar kenpil ta ns
enthon sekdol ta ns dolhongal
honpilken enthon ta ns mislum enthon ta ns dolhonbar
turvor ta ns kenent
vorsek galgal
vorlum doldol pilbar ta ns vorlumdol dolhonbar vorhonken barhonken misent
kenent sekturbar enthon lumturpil ta ns kenpil
kenhonmis ta ns dolbar ta ns
lumhondol honsek barmis bargal dolbarbar bargal vordol ta ns barpil sekbartur lumhondol
pilhon mishon ta ns doldol lumhondol sekbartur
lumturgal ta ns lumturent ta ns vordol ta ns dolhonbar lumvor honsek gallum entken ta ns
vorlum ta ns hondol dolgal galgal ta ns bardol kenent enthon
lumbarbar dolsek ta ns dolgal
mishon barhonken
sektur ta ns gallum dolhonbar vorsek ta ns mishon
sekturbar sekvorgal ta ns galgal ta ns misent entsekgal ta ns vorlum ta ns bargal misgalsek
vorlum dolhongal turdollum vordol barpil mislum
sektur galhonsek barmis ta ns turbar vormis ta ns
lumdolgal ta ns sekdol vorsek vorhon sektur dolgal vordol mislum
pilbar kenpil kenmispil
dolbarent ta ns bargal barpil
turdollum mishon ta ns lumvor turbar gallum ta ns
vormisken sektur mislum
kenpil mislum sekvorgal ta ns
dolsek ta ns turbar kenent ta ns
vorsek vorhon sekdol ta ns honpilken honsek misgalsek barmis vorhon vorlumdol
kenpil honpilken pilhon barmis ta ns
kenhonmis ta ns sekvorgal kenmispil
turvor ta ns lumturgal pilbar mislum honpilken galgalsek ta ns
kentur barkenhon lumturpil barkenhon hondol barkenhon barhonken kenmispil lumdolgal dolhongal
barpil vorhonken ta ns bargal lumturgal sekdol dolsek ta ns entsekgal
galgal sektur dolhongal
misgalsek vorhonken ta ns mislum dolbarbar turhonbar vormisken bardol pilbar ta ns
kenent lumturgal ta ns dolbarbar barpil misent pilhon ta ns turhonbar vormisken
vordol ta ns vorhon entken pilbar ta ns lumbarbar ta ns kenpil dolhongal
dolsek ta ns doldol misgalsek
barpil sekvorgal sekvorgal
turvor ta ns vordol dolbarent
barpil vorlumdol vordol
honpilken ta ns turbar honmis dolhongal galgal ta ns vorlumdol lumhondol misent
vorlumdol dolbarbar dolhonbar hondol entken turmishon ta ns
entsekgal bargal turdollum ta ns
pilbar misgalsek mishon ta ns doldol kenvortur mislum vordol
pilbar ta ns honsek kenvortur kenmispil
vorlum pilbar ta ns mishon ta ns barhonken
sektur bardol lumturent ta ns vordol entken ta ns lumturpil barmis turhonbar
vorlumdol dolhongal lumhonvor ta ns turlumbar barkenhon galgalsek misent enthon ta ns vordol ta ns turhonbar
galgalsek pilbar sekbartur entsekgal dolbarbar
vorlumdol ta ns mislum lumhonvor galgalsek kenmispil lumturgal ta ns lumturent entken sekbartur
vorsek pilhon dolgal
vormis dolbarent vorhon lumvor
vorlumdol entsekgal barmis lumturgal vormis ta ns
pilbar lumturpil vorhonken dolgal sektur barkenhon sekvorgal
vormis galhonsek sekturbar
lumturgal lumhonvor dolhonbar honpilken dolbarbar
barhonken ta ns turhonbar sekdol lumhondol ta ns bardol dolbar vorhon
vorsek sekturbar kenent ta ns doldol
misgalsek vorsek entken honsek lumvor kentur honsek kenent
vorsek dolbarent galhonsek vorsek turhonbar entken ta ns pilhon dolgal pilbar ta ns galhonsek
lumturgal sekvorgal barpil vorlum vormis
turlumbar vordol
kenpil bargal sekvorgal ta ns galgal dolhongal
sekvorgal ta ns galhonsek vormis
vordol ta ns lumvor
kenvortur ta ns vorsek lumhonvor enthon
turmishon mislum vorlumdol dolhonbar kenent ta ns doldol
gallum ta ns mislum hondol kenmispil
sekvorgal ta ns dolgal vormisken kenmispil dolbar ta ns barhonken bardol
enthon ta ns lumbarbar ta ns mislum sektur misent mishon
dolbarent lumturent sekbartur honmis ta ns sekdol ta ns sekdol ta ns
kenvortur galgalsek kenpil doldol sekdol lumbarbar mislum sekvorgal ta ns doldol
vorlumdol sekturbar dolbarbar vordol misent enthon turhonbar kenent
dolbarbar hondol vormis kentur dolgal barmis doldol barpil ta ns
vormis lumdolgal ta ns
pilhon turhonbar kentur misent lumturent ta ns sekdol vorhon lumdolgal galgalsek ta ns
honmis ta ns kenmispil honpilken ta ns kentur ta ns dolhongal kenvortur vorhon lumturent pilhon
entsekgal mislum lumturgal misgalsek mislum
turdollum pilhon ta ns mishon ta ns kentur sektur ta ns misent honmis ta ns bardol
pilbar ta ns sekturbar ta ns lumhondol lumvor ta ns doldol
sekvorgal vormis vormis kenpil
entsekgal barhonken ta ns galhonsek honmis
vorlum ta ns pilbar sekturbar ta ns vorhon
dolbarbar ta ns dolbar lumhonvor ta ns bargal kenpil kenhonmis ta ns dolgal barpil bargal
vorlumdol dolbarent
kentur vorhon vordol
dolbarbar doldol lumhonvor mislum kenent
mishon galhonsek kentur ta ns
lumvor galhonsek lumturgal ta ns barkenhon dolbarent ta ns pilbar ta ns
dolbarbar bargal barhonken kenent
pilbar turbar turmishon ta ns kenvortur turbar barpil kenhonmis turhonbar lumturent honsek
sektur sekturbar ta ns dolhongal
dolbarbar sektur ta ns
sekturbar vorlumdol ta ns honsek dolbarbar vorhon sekturbar sekturbar ta ns galhonsek vormisken misent
barpil kenvortur sekbartur vorhonken ta ns barmis kenvortur ta ns dolgal lumturent ta ns
sekvorgal honsek lumturent dolhonbar kenvortur ta ns dolgal vormisken
vorhonken ta ns lumvor gallum lumturent ta ns kenvortur honsek
sekturbar honpilken
pilhon ta ns mishon barpil turbar sekdol
vormis ta ns entsekgal mishon
turlumbar enthon ta ns pilhon galgalsek mislum dolbar sektur ta ns misent
lumhondol dolbarbar mishon sekdol vorlumdol kenhonmis
sekvorgal doldol dolbarent ta ns turlumbar dolgal dolbar misent
turvor ta ns entken ta ns dolgal sekturbar ta ns mishon doldol barmis doldol vorhonken bardol
vordol ta ns dolbar barpil doldol lumbarbar pilbar ta ns dolbarbar ta ns
lumturgal misent vorsek dolhongal
kenent ta ns vorsek dolhongal honpilken sekbartur kenhonmis mislum galgalsek lumturgal
honpilken doldol misgalsek ta ns hondol dolgal vorhonken kenpil sekdol bardol
turmishon ta ns turhonbar lumturgal vorhon sekdol kenpil ta ns turmishon
lumturent mislum lumdolgal turhonbar
entsekgal doldol honmis
kenent mislum galgalsek ta ns hondol misgalsek ta ns honmis barkenhon
gallum lumturpil sekturbar dolbar turhonbar honpilken ta ns
dolbarbar ta ns vormisken ta ns
honpilken galgal kenent ta ns galgalsek misgalsek ta ns entsekgal bargal
dolbar dolgal lumturpil ta ns bardol
lumhondol mislum pilhon ta ns mislum kenhonmis ta ns sekbartur
lumturgal turlumbar ta ns lumvor vorhonken bargal vormisken bardol vorlum
mishon misent sektur ta ns misent
barhonken pilbar dolhongal barpil ta ns lumturent bardol lumturent
vordol turvor entken
kentur misent sektur
vorhonken honsek kenent sekvorgal misgalsek barkenhon
turlumbar mishon sektur vordol
barmis ta ns kenmispil sekvorgal mishon
barmis mishon turmishon ta ns lumvor misent mishon dolhongal dolbar turbar
turlumbar pilhon ta ns dolgal vormis ta ns
entsekgal pilhon ta ns mislum turlumbar dolgal pilbar ta ns vorhon lumturent ta ns bargal gallum
turdollum doldol lumturgal kenent ta ns
turlumbar ta ns lumturgal
gallum misent entsekgal ta ns vorhon
kenpil vorlum lumhondol galgalsek ta ns lumturent bardol lumturent ta ns bardol
honpilken sekdol ta ns misent
turdollum kenvortur dolbarbar turlumbar ta ns dolhonbar sektur pilhon
hondol sekbartur lumhonvor barmis vorlumdol vorhon
dolbarbar pilbar ta ns lumhonvor doldol barpil misent vormisken galhonsek
galgalsek barpil
barhonken entsekgal honsek vorlumdol turhonbar lumhondol ta ns mislum vormis ta ns mislum
vorlumdol gallum kenmispil
pilbar doldol pilbar dolgal vorlum lumhonvor turbar lumbarbar dolbar
vordol lumvor kenpil turvor
lumdolgal ta ns turmishon dolhongal sekturbar ta ns
kentur sekvorgal ta ns
lumturgal ta ns bardol lumvor dolsek ta ns doldol
pilhon kenpil kenhonmis
vorlum ta ns mislum barmis ta ns vordol barpil ta ns galgal
pilhon misent honmis ta ns turbar honmis ta ns dolhonbar
entsekgal turlumbar sekbartur lumbarbar vorlumdol hondol
sekdol honsek sektur barhonken
turmishon misgalsek sektur ta ns hondol ta ns honsek kenvortur honsek
barpil doldol kenpil vorhon turdollum
gallum bargal vormisken misent kentur honpilken galgalsek
kenhonmis barmis honsek lumturgal ta ns dolgal vorlum ta ns lumbarbar honsek
sektur dolgal enthon dolbarent lumbarbar ta ns barkenhon dolsek
lumturent lumhonvor ta ns bardol turdollum lumturent turvor ta ns doldol dolbarent doldol
dolbarent ta ns bardol vorhonken ta ns mislum lumturent
sektur misgalsek ta ns vorhon vordol mishon ta ns
sekdol dolbarbar ta ns galgalsek ta ns bargal
lumturgal gallum ta ns enthon ta ns turhonbar kentur lumturent galhonsek
enthon ta ns sekbartur kentur ta ns lumturgal kentur dolsek
sekdol lumvor ta ns enthon turbar hondol ta ns
sekturbar ta ns sekbartur enthon vorlumdol
mishon ta ns kenent bargal vormisken honsek galgalsek ta ns misent sekvorgal ta ns misent honmis
kenhonmis ta ns turmishon turbar dolsek ta ns vorsek ta ns vorhon vorlumdol ta ns
lumturent turvor kenvortur lumturgal galhonsek pilbar ta ns kenent
dolbar dolbar ta ns
dolbarent ta ns lumvor galgalsek
pilhon dolhongal lumturpil
kenhonmis turvor turbar
lumturpil dolbarent ta ns
vormisken ta ns galgalsek vorhon lumturent entken kentur ta ns dolgal vorhonken ta ns
vormisken ta ns turhonbar turmishon
dolbarbar entsekgal ta ns kenpil ta ns dolbarbar barmis dolbar ta ns
sektur honmis ta ns
kenent ta ns honmis kenent kenmispil
turdollum ta ns turdollum
turmishon sekvorgal turhonbar vormis entsekgal turhonbar lumturent ta ns dolgal
lumturent lumturgal ta ns misent dolsek barhonken ta ns
pilhon lumturpil vormis lumhonvor dolgal
dolsek dolhonbar kenhonmis dolbarbar turbar enthon
sekvorgal sekvorgal galhonsek vorhonken turhonbar
lumhonvor bargal entken dolhonbar
dolsek dolbar vorlumdol ta ns vormisken ta ns vorlumdol kenvortur honsek
pilbar vorhon lumturpil ta ns dolsek
mishon hondol dolhongal galgalsek lumdolgal ta ns
gallum turbar lumturgal kenpil ta ns
dolbarent dolhonbar vormis ta ns turhonbar enthon lumdolgal
sektur galhonsek sekvorgal
dolbar ta ns galhonsek vorsek vorhon enthon vormisken kenhonmis sekdol
kenhonmis dolbarbar dolgal lumbarbar ta ns pilhon
vordol turmishon
dolbar ta ns dolbarent vorhon vorsek ta ns kenmispil galgal ta ns vorhon
pilhon turlumbar ta ns dolbar sekvorgal ta ns misgalsek
enthon ta ns vordol ta ns turbar
lumturgal ta ns enthon ta ns bardol vorhonken pilbar honmis
dolbarbar hondol ta ns
lumdolgal ta ns vorhon vormisken ta ns galhonsek kenhonmis barkenhon
lumhondol kenmispil kenhonmis
dolbarent lumturpil kenent barpil ta ns entsekgal
pilbar turmishon ta ns vorsek bardol vorlumdol ta ns vormis ta ns dolhonbar
lumturent ta ns honsek lumturpil turbar pilbar lumvor doldol kenpil
galgal dolbarbar lumhondol dolsek ta ns sekbartur
dolsek ta ns lumturgal
kenhonmis vorlum ta ns dolhongal sekturbar honsek
honpilken ta ns vorhonken barkenhon lumdolgal ta ns barkenhon
vorsek sekbartur sekturbar vorsek ta ns
honmis kentur ta ns galhonsek misgalsek lumbarbar turbar barpil sekbartur sekvorgal ta ns
vorhonken bardol vordol
misgalsek kenmispil honmis entsekgal lumturent lumturpil turmishon sekbartur
enthon ta ns misgalsek ta ns sektur galhonsek galgalsek
hondol lumvor kenent hondol
vorsek hondol bardol pilbar turbar pilbar ta ns
dolsek ta ns mislum kenpil
kenpil dolhonbar honpilken vorhon sekvorgal bardol lumhonvor
vordol ta ns barpil ta ns vorsek ta ns dolhonbar
kenhonmis galgal entken ta ns misgalsek dolhonbar lumhonvor lumturent ta ns turhonbar
vordol ta ns galgal
kenpil kenpil pilbar honsek vorhonken sekbartur misgalsek
lumturgal ta ns dolhonbar sekturbar ta ns honmis honsek
turvor ta ns turbar turvor ta ns
barhonken doldol kenvortur kenhonmis turvor
sekturbar ta ns entsekgal dolbar barpil turhonbar
dolbarent dolgal lumbarbar vorlum
honpilken dolbarbar ta ns pilbar lumturent turhonbar misgalsek ta ns
misgalsek vorhon sekvorgal ta ns honsek lumbarbar turdollum vorsek ta ns vormis
turdollum ta ns sekdol honsek pilhon ta ns honmis sekdol
dolbarbar mishon ta ns dolgal
honmis ta ns dolgal vorlum ta ns dolhongal vormisken dolgal sektur dolhongal honpilken vorlum
misgalsek vorlum dolhonbar entsekgal barpil sekbartur turlumbar
pilhon ta ns misgalsek turbar sekdol barkenhon vorlum barkenhon
vorlumdol enthon lumdolgal lumdolgal misent
lumhonvor mislum vordol sekdol mislum vorsek kenent honsek
turvor barkenhon barhonken dolbar bargal vorsek galhonsek kenpil
barmis sekturbar ta ns doldol mishon ta ns galgalsek ta ns vormisken sekbartur
lumvor ta ns dolsek hondol ta ns barmis entken sekbartur
kenpil vorhon mishon ta ns barpil mishon galhonsek honpilken barkenhon dolbarent vorhon
honpilken lumturpil ta ns doldol
barmis turhonbar lumturent sektur ta ns lumturgal kenmispil
vormis dolsek kenmispil dolsek vorsek
vormisken honpilken kenvortur dolgal vorlumdol kenmispil
barmis ta ns dolgal lumbarbar entsekgal vorhon dolbar sekbartur pilbar
sekdol bargal sekturbar dolhonbar
turlumbar ta ns sektur ta ns galgalsek ta ns vorlum
kenvortur ta ns turbar lumturent ta ns barhonken dolsek ta ns lumdolgal
lumbarbar ta ns lumhonvor enthon ta ns kenent ta ns dolgal turdollum misent lumturpil
galgalsek vordol pilbar turhonbar lumturgal
vorsek ta ns dolbarent dolhonbar entken ta ns dolbar ta ns turbar kenpil lumturpil ta ns
sekdol kenent turvor lumbarbar vorhonken turhonbar
vorhonken ta ns sektur lumhondol dolhongal barpil ta ns mislum turmishon vordol sekbartur
kenvortur vorhonken barkenhon lumturgal vorhonken dolhongal lumturpil entsekgal kenmispil
dolbarent kenhonmis dolgal lumturent dolbarbar bargal barpil bargal
sektur entsekgal galgalsek sekbartur kenpil kenmispil kentur
lumturgal sekbartur vormisken turlumbar ta ns vormis
misgalsek bardol lumhonvor sekbartur
dolbarbar turbar sektur ta ns dolhonbar vorlumdol ta ns turlumbar ta ns kenhonmis galhonsek sekdol bargal
vorhonken turhonbar galgalsek dolbarent turhonbar entken bardol lumbarbar ta ns doldol dolbarent ta ns
vorlum ta ns dolhonbar vormisken ta ns gallum ta ns doldol sektur lumturpil ta ns barkenhon
vordol ta ns lumturgal kenent ta ns vorlum vorhon vorlum misent kenpil ta ns bardol
turlumbar vorsek ta ns galgal honsek
barpil vormisken ta ns honpilken ta ns
dolbarbar barhonken turvor vorhonken doldol
galgal ta ns sekvorgal honpilken bardol turlumbar ta ns kenmispil dolbarbar ta ns vordol dolgal
lumturgal barpil
sekvorgal turmishon ta ns mislum hondol
sekdol bargal kenvortur kenvortur ta ns vormis kenmispil sekvorgal
turdollum turlumbar enthon vorlumdol galgalsek mislum entken kenmispil
kentur enthon entsekgal dolbarent
lumhonvor ta ns vorlum ta ns kenpil ta ns doldol
sektur lumturent lumhondol barkenhon gallum ta ns
dolbarent ta ns lumvor vormisken ta ns barmis ta ns mishon dolhonbar
galgal ta ns turmishon
entsekgal dolbarbar sektur dolgal vormisken ta ns
pilhon turbar vorlum doldol
sektur barpil dolbarent ta ns vorhon vormis dolgal turmishon ta ns dolhonbar lumhonvor ta ns
pilhon ta ns vorsek barmis vorhon lumturent dolgal lumturgal dolgal sekturbar turbar
lumdolgal galhonsek hondol enthon ta ns lumvor turmishon
sekvorgal ta ns entsekgal galhonsek
turlumbar ta ns turhonbar lumvor kenvortur bardol lumturpil sektur dolhonbar
entken vorhon galgal ta ns dolhonbar lumturent ta ns doldol kentur sekbartur
dolbar galhonsek sekdol ta ns dolsek kenent mislum lumdolgal barmis ta ns turbar
dolbarent kenmispil vormisken ta ns
dolsek ta ns mislum lumbarbar turbar turdollum turvor dolhonbar lumturpil ta ns
honmis ta ns doldol misgalsek ta ns lumhondol dolbar sekdol barkenhon
entken bardol turmishon ta ns kenvortur galhonsek
sekturbar ta ns dolhongal sekvorgal ta ns
sektur vorlum ta ns
dolbarbar lumhonvor ta ns turvor turbar vormis ta ns dolgal
sekvorgal ta ns vorsek ta ns turhonbar vormisken sekbartur
turdollum barhonken
mishon enthon ta ns lumbarbar ta ns bardol lumturpil
barpil dolhonbar lumvor
lumturent dolgal lumturgal ta ns pilbar turdollum lumturent vorhon
mishon sektur turbar lumturent ta ns bargal kenent ta ns kenent bargal honmis ta ns
turmishon galhonsek honpilken lumturgal misgalsek bardol
turdollum sekbartur pilhon bardol
pilbar vorhonken misent
turvor turbar vorlum vormisken ta ns honsek lumturent bargal kenvortur barkenhon
turdollum enthon kenhonmis doldol
honmis vorlum bardol enthon barkenhon barpil
lumdolgal ta ns misent vormis
barpil ta ns dolhonbar pilbar ta ns dolhonbar turdollum
lumdolgal hondol misent kenpil dolhongal gallum turbar sekvorgal ta ns turhonbar
kenent barhonken barkenhon
vormis vorlum ta ns vorlum sekturbar dolsek
entsekgal enthon vorhonken ta ns kenhonmis
vormis ta ns turlumbar ta ns lumdolgal sektur vorhon lumdolgal
enthon ta ns barkenhon enthon
lumdolgal ta ns dolbarbar doldol turlumbar kentur sekbartur
enthon bardol turdollum bardol sekdol vormisken mislum
pilhon sekbartur vordol kenhonmis turbar gallum ta ns bardol dolbar bardol kenpil ta ns vorhon
lumturpil sekbartur pilhon ta ns honsek turdollum
vorlumdol dolgal lumvor mislum gallum dolsek lumturpil vorhonken
sekdol entken bargal
vorlumdol ta ns kenhonmis ta ns dolbar vormisken dolhonbar vorhonken
barpil entsekgal ta ns kenmispil
entsekgal vorhon lumdolgal ta ns
galgalsek turdollum ta ns vorlumdol honpilken dolbarbar ta ns galhonsek
lumturpil ta ns barpil vormis honsek kenent ta ns
kenpil lumturpil
vorlum bargal galgal
kenent ta ns sekdol ta ns pilhon vormisken ta ns misgalsek sekbartur lumturgal sekbartur
lumhonvor ta ns lumturgal dolhongal barhonken ta ns vorhon barhonken ta ns
sekdol dolbar dolgal lumhonvor ta ns misent dolbar dolhongal mishon turbar kenvortur ta ns
kenpil ta ns dolhonbar vorlumdol
kenvortur lumturgal mishon turbar vorsek honsek vorhonken pilhon barkenhon
sekturbar ta ns kenpil vormisken honpilken
kenhonmis vordol ta ns galhonsek vorlumdol turhonbar lumdolgal kenmispil barmis
sekdol ta ns lumturent
turmishon ta ns kenent galgal bargal
honpilken dolbarbar kentur kenvortur ta ns barkenhon kenhonmis sekdol
gallum ta ns honmis turhonbar pilbar ta ns barkenhon
vordol barmis dolbar ta ns entken vorsek kenmispil
galgal turlumbar turhonbar
sekturbar turbar vorsek vorhon dolbarent pilhon galhonsek kenvortur mislum
lumturent ta ns galhonsek turmishon ta ns misgalsek barhonken vorhonken
turlumbar barhonken vorlumdol mishon kenmispil barhonken barmis
sekvorgal barpil turhonbar turmishon
pilbar sekturbar lumturent honpilken dolsek dolgal vormis ta ns
dolbar mislum turlumbar dolgal barhonken sekbartur sekturbar vormisken
vormis vorhon gallum sektur mishon entsekgal honmis turhonbar
pilhon ta ns kenhonmis ta ns
vordol ta ns dolhongal mishon sekbartur sekvorgal ta ns
lumbarbar dolhonbar vormisken kenmispil barpil ta ns
honmis ta ns dolbarent sekbartur turdollum misgalsek ta ns galgalsek ta ns
turvor enthon turbar turlumbar bargal honpilken galgal misent lumturgal
lumturgal sekdol misgalsek ta ns dolgal kenpil ta ns dolbar ta ns barhonken
barmis ta ns dolhonbar lumhonvor ta ns vorsek vormis lumhondol
kenhonmis ta ns barhonken ta ns mislum hondol ta ns kenhonmis ta ns doldol
kentur sekdol lumhondol ta ns
vorlum ta ns lumbarbar ta ns kentur ta ns turlumbar vorhon entsekgal ta ns bardol kenvortur ta ns
lumturpil ta ns misent vordol lumdolgal lumvor
pilhon lumdolgal lumbarbar vorhon sekturbar dolbarent
barpil dolhongal turmishon misent pilhon turlumbar
vordol entsekgal
lumturgal ta ns kenmispil lumvor
kenhonmis turmishon bardol turdollum bargal lumvor
lumturent ta ns kenvortur sekdol lumvor
galgalsek dolgal gallum sekdol misgalsek
dolbarent vordol
dolbarbar ta ns turbar lumturgal ta ns vordol kenpil sektur
kenhonmis ta ns turmishon galhonsek kenhonmis ta ns kenpil
vorsek mislum kenvortur kenhonmis ta ns dolsek dolhonbar lumhondol
honmis dolhonbar gallum ta ns
dolbar dolgal honpilken kenent dolgal
enthon kenmispil vormis vordol sektur bardol
lumturent ta ns turmishon kenmispil
gallum ta ns turbar honpilken ta ns galgal ta ns lumvor
lumvor mishon ta ns
kenpil galhonsek hondol kenmispil turmishon hondol
kenent ta ns barpil kentur ta ns dolhongal
turlumbar kentur
entsekgal sekbartur lumturgal doldol lumbarbar bardol kenpil ta ns sekdol vormisken ta ns turhonbar
entken entken ta ns honmis dolhonbar vorlum ta ns galhonsek
lumturent ta ns turdollum galhonsek mishon ta ns turhonbar
vormisken ta ns entsekgal
pilbar kentur lumdolgal
vormis ta ns sekvorgal
sektur ta ns lumvor
galgal turvor ta ns kentur
dolbar mislum lumturpil barkenhon
lumdolgal bardol misgalsek ta ns dolhonbar turdollum misent lumbarbar bardol galgalsek sekturbar kenmispil
vordol lumturgal ta ns honsek dolsek turbar dolsek ta ns
galgalsek lumvor lumvor ta ns dolbarent mislum
vorhonken pilhon
vormisken turdollum turhonbar vorsek dolbarbar turmishon ta ns
vorlum honmis lumturent
sektur ta ns vorlum turhonbar barpil turvor honpilken kenvortur
kenpil pilhon vormisken dolgal kenent
barpil turvor
lumhondol barmis dolhongal galgalsek sektur dolhongal turlumbar
kenpil kenent vorlum ta ns vorlum vormisken
pilbar ta ns barkenhon turdollum misent sekdol dolhonbar misgalsek barkenhon pilhon dolhongal
barhonken barmis mislum galgalsek turbar
dolbarbar bargal barhonken vordol lumturpil dolhongal lumturpil sekturbar sekbartur
entsekgal dolbarbar vorlumdol ta ns misent lumdolgal
lumhondol kenpil vorsek ta ns sekbartur hondol galgal ta ns mislum lumdolgal misent
turmishon ta ns turbar pilbar ta ns dolhongal hondol entsekgal ta ns vorhon
barmis barhonken sekbartur
lumhondol misgalsek dolhonbar galgal dolhonbar honpilken galgalsek ta ns kenmispil turmishon dolgal
dolbarbar lumvor ta ns mislum vormisken mislum
dolbar enthon dolbarent
lumturent galgalsek ta ns dolbar ta ns bargal barhonken
lumvor mislum mishon ta ns pilhon galhonsek pilhon misent vormis ta ns dolgal lumvor
lumturgal lumhondol
vormis ta ns turbar lumhonvor barkenhon gallum ta ns vorsek kenmispil lumturpil ta ns
sekdol ta ns lumbarbar misent lumturent ta ns barkenhon sektur mislum kenvortur lumturgal bardol
sektur kenmispil turlumbar barpil
kenvortur vorhonken ta ns dolhonbar lumdolgal misent dolbarent
galgalsek ta ns barmis ta ns bardol entsekgal ta ns
barpil lumhonvor ta ns vorlumdol honsek dolsek honpilken
gallum misent kentur barkenhon
honmis sekbartur lumbarbar ta ns
vorlum ta ns vorhon dolbarbar dolsek ta ns dolsek honmis ta ns
sektur turmishon ta ns bardol
vorhonken ta ns dolhonbar vorlumdol ta ns vorlumdol ta ns turhonbar vorlumdol pilbar mislum turlumbar
lumbarbar ta ns vorhon gallum ta ns dolhongal honpilken ta ns dolhongal gallum ta ns galgalsek
lumdolgal dolhongal lumbarbar ta ns vorsek galhonsek turdollum entsekgal turbar
lumturgal kentur ta ns galhonsek turmishon barkenhon honmis ta ns doldol honmis hondol mislum
lumturgal lumbarbar ta ns bargal dolbar ta ns kentur dolbar dolbar bargal
turvor galhonsek entsekgal barkenhon kentur sekdol ta ns turmishon honsek
entsekgal misgalsek turhonbar sekdol
lumdolgal honsek galgalsek
turlumbar doldol dolbarent entsekgal mislum
galgal honpilken turmishon bardol
honmis mislum sektur ta ns
kentur honpilken ta ns dolsek ta ns
barpil doldol turdollum gallum honsek
enthon barkenhon hondol sekdol kenmispil sektur ta ns barkenhon dolsek bardol
gallum enthon turmishon ta ns dolhongal galgal kenmispil
dolsek turmishon ta ns doldol lumdolgal kenmispil honpilken sekbartur lumvor honpilken
vordol ta ns misent enthon turbar
vormisken barhonken
lumturent ta ns galgal turvor kenhonmis mislum
dolbarent dolsek bardol sekturbar kenent sekvorgal ta ns dolgal vorhonken ta ns doldol
pilhon kentur lumturgal ta ns vorsek ta ns honmis dolbar turbar
vormis galhonsek lumhonvor dolbarent
vorsek vorsek ta ns vorhonken ta ns turvor doldol dolbar kenmispil lumbarbar ta ns
gallum kenent honpilken dolhonbar turdollum galhonsek lumturent ta ns
galgal lumturgal ta ns vorlum honsek pilbar dolhonbar misgalsek
gallum bardol kenvortur dolhonbar kentur ta ns kenent ta ns kenmispil
misgalsek entken bargal honpilken vorlumdol ta ns vormisken ta ns sekbartur pilhon ta ns
turlumbar turhonbar misgalsek dolbarent ta ns dolhongal vordol ta ns dolhonbar
enthon kenhonmis mislum pilbar enthon dolgal turdollum sekvorgal kenmispil
dolbarbar ta ns entsekgal ta ns
enthon ta ns bargal lumturgal ta ns honsek kenpil ta ns
dolsek ta ns kenvortur ta ns kenmispil barpil kenvortur
mishon ta ns vorhon dolbar mislum sektur ta ns misent lumvor dolhonbar pilhon vormis
vorlum pilhon dolhonbar
dolbarbar ta ns pilhon
vorhonken kenmispil galgalsek ta ns honsek sekdol mislum sektur enthon
lumvor lumdolgal lumturpil kenpil ta ns barmis ta ns lumdolgal ta ns honsek
vormisken bardol vormis kenmispil hondol turbar
gallum ta ns pilhon ta ns vorhonken turbar sekvorgal dolgal dolsek ta ns honsek
dolsek kenent lumvor barpil dolbarent
honpilken sekbartur enthon honsek barpil turbar gallum ta ns barpil dolgal
galgalsek barpil ta ns galhonsek vordol barpil ta ns entsekgal
lumvor lumbarbar ta ns dolhonbar galgalsek ta ns bardol sekvorgal dolgal lumturpil ta ns galhonsek
dolbarent ta ns barhonken turdollum mislum barmis ta ns misent lumturent
barpil ta ns dolgal vormis dolbarbar ta ns turbar lumhonvor ta ns
galgalsek ta ns lumvor misent pilhon barkenhon kenent doldol
barhonken lumvor lumturpil ta ns lumturpil ta ns
vormisken barkenhon vordol entsekgal dolhonbar sekvorgal pilbar gallum turbar
sektur lumhonvor mishon
lumbarbar pilbar ta ns turlumbar ta ns lumhondol turhonbar
turmishon vorhon entsekgal misent dolbarent ta ns vormis lumhondol barmis
lumhonvor barhonken lumbarbar turhonbar lumhonvor galgalsek
mishon ta ns dolbarent doldol vormis mislum
galgalsek ta ns honsek lumvor lumturent ta ns
lumdolgal lumturpil sekbartur vordol barmis
galgalsek ta ns dolgal dolbarent
lumturent vorhon entken ta ns galhonsek vorhonken vorhon dolbar bargal lumhonvor sekbartur
turvor ta ns vorlumdol entken bardol galgalsek enthon sekdol turbar
kenpil lumturpil bardol
barhonken turbar dolbarbar ta ns galgal vormisken bardol
entken ta ns sekbartur vorsek vorlum turvor sektur sekbartur pilhon ta ns bardol
kenent ta ns kenmispil dolbarent barmis turdollum ta ns kenpil misent lumbarbar turbar
kenpil ta ns honpilken ta ns barhonken sekturbar
kenhonmis ta ns dolbar ta ns kenent enthon galhonsek
barhonken misgalsek turbar barpil bardol
sektur ta ns bargal dolbarent ta ns dolbarent ta ns barkenhon
lumdolgal ta ns dolhongal turlumbar kenmispil turvor bargal barpil bardol vorlum ta ns barpil ta ns
turlumbar mislum kenent hondol lumdolgal
vorlumdol ta ns enthon lumturgal galhonsek entsekgal galgalsek ta ns
honpilken sekturbar pilbar vordol galgal
dolbarbar turmishon ta ns pilhon bardol vorlum ta ns turlumbar ta ns bargal enthon bargal
pilbar dolbar honpilken mislum hondol turbar kenent doldol
kenpil kenmispil honpilken
galgalsek dolhonbar vorsek vorhonken
vordol turbar dolbar ta ns galhonsek pilhon kenent turmishon ta ns vorlumdol
turdollum ta ns barmis hondol kentur ta ns vorhon
sekturbar vorhon honpilken dolsek misent dolbarent doldol barmis sekturbar ta ns kenmispil
sekvorgal vorlumdol dolbar ta ns galhonsek turmishon bargal
lumturent ta ns dolhonbar honpilken sekbartur barpil ta ns mislum turvor sektur galhonsek
entsekgal hondol dolgal sekturbar ta ns
kenhonmis ta ns bargal kenhonmis
turmishon turvor
pilhon sekbartur pilhon turbar
hondol barkenhon turdollum honsek
lumbarbar honpilken ta ns sekbartur turmishon ta ns turbar pilhon vorlumdol ta ns kentur kenmispil
vordol ta ns kenmispil entsekgal turbar vormisken ta ns
turdollum ta ns turbar dolsek ta ns dolbar ta ns
lumbarbar ta ns lumturgal doldol barmis
honmis ta ns lumbarbar ta ns misent dolsek misent lumhondol ta ns turmishon
galgal dolbarbar mislum kentur barmis ta ns dolbarbar ta ns
lumturgal doldol sekturbar kenhonmis hondol dolhonbar vorhonken
dolbar galhonsek vorhonken vorhon kenent
enthon ta ns hondol ta ns sekdol ta ns sektur
vorlumdol dolhonbar honmis ta ns honmis turbar turmishon ta ns doldol
dolbarbar lumturpil dolhonbar dolbarbar sekbartur pilhon
vorlum turdollum vormis ta ns
turdollum entken sekbartur honmis honmis ta ns
lumturent misent turdollum lumturpil ta ns vormisken
entken lumhondol
enthon lumturpil
gallum ta ns dolhongal turlumbar dolhonbar turlumbar ta ns kenent dolbarbar kentur ta ns misent
barhonken sekdol mislum dolbarent lumhonvor
turlumbar ta ns enthon kenvortur sekbartur
turvor ta ns pilbar misgalsek galhonsek
lumbarbar ta ns sekbartur vormis doldol
pilbar misent vorlumdol sekvorgal dolhongal gallum sektur sekdol
lumvor ta ns barhonken ta ns mislum barpil turhonbar honmis dolhonbar kenhonmis sekturbar
galgalsek vordol dolbarbar ta ns misent
entken misent gallum ta ns entsekgal bardol sekturbar ta ns barkenhon pilbar kenhonmis honsek
turdollum honmis lumhondol dolbar lumturent ta ns lumturgal ta ns
honmis ta ns vordol
entsekgal doldol lumturgal dolhonbar hondol galgalsek kenmispil
misgalsek turmishon kenhonmis sekbartur
lumvor dolsek galgalsek
pilbar vorhon lumhonvor barkenhon
pilbar misent lumvor vordol vormis ta ns vorhonken turdollum
gallum mishon
lumdolgal vorhonken honpilken
turlumbar honmis bargal galgalsek ta ns galhonsek
galgalsek honsek dolbar ta ns
lumbarbar honmis lumbarbar
vordol ta ns lumhonvor sektur ta ns lumhonvor ta ns
turdollum enthon dolgal vormisken mislum dolbarent honpilken ta ns
galgalsek ta ns vorsek ta ns galgal vorhon mishon sekturbar kenmispil kenhonmis ta ns
kenhonmis kenmispil galgal lumturpil kentur doldol kenent barmis
vordol galgalsek ta ns galgal dolbar barkenhon barhonken
entken galgalsek ta ns lumturgal doldol turdollum vormis ta ns
enthon gallum kenmispil kenhonmis lumvor
galgalsek vordol ta ns turhonbar
turdollum ta ns honsek vorsek vorhon turlumbar vorhon enthon vorlum ta ns barkenhon lumhonvor turbar
kentur honpilken ta ns
kenvortur ta ns misent vorlumdol turlumbar galgalsek lumturent turbar lumturpil ta ns
galgalsek ta ns barmis vordol ta ns turmishon bargal
dolbarbar ta ns honpilken sekturbar bardol lumhonvor ta ns lumhonvor kenhonmis
pilbar lumbarbar sekbartur
lumhondol ta ns galgalsek bargal turlumbar bargal lumturgal misent entken galhonsek turdollum
turvor lumbarbar turhonbar gallum honpilken vorlumdol dolhongal lumturpil ta ns bargal
turmishon ta ns dolhongal turvor ta ns lumhonvor ta ns
barmis ta ns sekbartur kenpil turbar vorhonken ta ns kenmispil vorlum ta ns barpil ta ns
barpil ta ns gallum ta ns dolsek ta ns gallum doldol honmis barkenhon
kenvortur dolbarbar bargal lumhonvor ta ns dolhongal vorhonken doldol kenhonmis entken ta ns turbar
lumdolgal ta ns barkenhon vormisken ta ns barkenhon
vorlum dolbarbar ta ns bardol lumturgal kentur vormisken vordol ta ns
mishon dolsek ta ns dolhongal
sektur ta ns turhonbar lumdolgal misent
dolsek turbar vormis dolhongal
misgalsek ta ns mislum galgalsek turdollum
lumdolgal turbar barpil vorhon kenpil dolhongal honpilken sekturbar ta ns
barmis vorsek dolhonbar lumvor entsekgal ta ns
pilhon dolhongal hondol sekvorgal ta ns bargal kentur misent lumbarbar bardol turmishon ta ns
vormis ta ns honsek lumhonvor mislum lumturgal barmis honsek vorlum entsekgal ta ns
sekvorgal ta ns dolhongal kenent ta ns vordol dolhonbar pilbar turbar
lumturent ta ns bardol dolbarbar vorlumdol ta ns turvor lumvor ta ns
hondol dolgal galgal galgalsek galgalsek
hondol kenent dolgal vorlumdol barkenhon kenent ta ns turhonbar lumdolgal
dolbarbar turvor barkenhon
turlumbar lumhondol turbar lumturpil ta ns barhonken ta ns honsek
pilhon lumbarbar lumbarbar
lumvor galgal lumturent ta ns honpilken turhonbar lumvor ta ns entsekgal
vordol misent sekdol ta ns
kenent ta ns dolgal mishon vordol
hondol sekdol honsek kenvortur
kenpil pilhon dolgal vorhonken dolsek hondol
misgalsek dolhongal lumdolgal ta ns sekdol turhonbar turmishon
kentur dolbarent ta ns vorhonken turhonbar
kenvortur turhonbar lumbarbar turbar entken bardol dolbarbar barpil ta ns
turlumbar ta ns kenent vorhon vorsek vorhon
lumdolgal ta ns mislum enthon doldol
entken ta ns mislum sekvorgal ta ns vormisken barkenhon lumdolgal vorlumdol lumvor
kentur misgalsek dolhongal
kenhonmis vormisken bardol pilhon dolgal dolsek kenmispil vormis barmis
turvor misent galgalsek ta ns mislum turvor turmishon vorhon dolsek
entken galhonsek galgal ta ns dolhongal
sektur pilhon ta ns bargal honmis vordol gallum
lumturpil ta ns dolgal hondol barhonken lumvor
lumbarbar ta ns dolhonbar turmishon kenmispil
lumhondol ta ns honmis kenent ta ns dolbar sekbartur lumhondol sekbartur
lumturpil ta ns misgalsek
vormisken ta ns sekvorgal turvor lumdolgal ta ns turdollum
dolsek ta ns vormis bargal barpil ta ns dolbarbar sektur barhonken ta ns turbar
lumhonvor turlumbar ta ns lumvor ta ns vordol ta ns
gallum galgal ta ns lumhondol galgal dolbarbar
vordol ta ns dolhongal lumturent turdollum ta ns vorhon kenvortur turbar entsekgal sekvorgal bardol
vorhonken turbar turlumbar
dolsek ta ns lumbarbar barkenhon
vorlum ta ns turhonbar vorsek sekbartur
sekdol ta ns doldol sekdol ta ns kenent ta ns vormisken galgal doldol lumvor ta ns
lumturgal honsek vormis ta ns vorlumdol
hondol dolhongal enthon turbar pilbar sekvorgal ta ns mislum sektur mislum
dolsek ta ns entken ta ns dolhonbar
entken honmis sekbartur turdollum ta ns dolgal lumturpil ta ns kenhonmis ta ns bargal
pilhon vorlumdol ta ns kenmispil lumbarbar
vorlumdol kenvortur turlumbar
barmis bardol dolsek bargal lumturent ta ns barkenhon entsekgal dolhongal
vorsek galhonsek lumturgal doldol kenent dolhongal
barpil vormisken
turvor dolsek kenhonmis ta ns lumturpil bargal
lumturgal ta ns vorhon hondol turbar galgalsek sekbartur
vorlum lumturpil turmishon ta ns gallum
lumturent kenmispil vorlum ta ns lumhonvor ta ns barpil ta ns barkenhon galgalsek ta ns mishon ta ns
kenhonmis ta ns hondol doldol turlumbar entken ta ns pilbar ta ns
vormisken galgalsek
vorlum lumhonvor ta ns turvor ta ns turvor vorhon
honpilken lumturgal
lumturgal dolbar dolgal vormisken ta ns
barpil lumhonvor dolbarent ta ns
turlumbar ta ns vorlum ta ns turhonbar
honmis barkenhon kentur vorlum gallum ta ns bardol
hondol entken ta ns vorlumdol turdollum misent sektur vorhonken ta ns doldol
vormis misgalsek vordol
lumturpil dolsek honmis vormis ta ns kenmispil
lumturgal ta ns vorlumdol mislum
barmis sekvorgal vorhon barpil ta ns barkenhon galgalsek kenent ta ns doldol
lumturpil dolhongal sekturbar ta ns misgalsek ta ns barkenhon dolbar dolhongal lumturpil
enthon dolgal vordol ta ns
barpil mislum kenhonmis lumturent
dolbarent kenmispil kentur lumhondol ta ns sekbartur entken ta ns
dolsek barkenhon lumvor vordol dolhonbar gallum mishon ta ns barkenhon
mishon dolsek misent sekturbar
lumhonvor misent galgal doldol kentur dolhonbar enthon ta ns barkenhon turdollum enthon ta ns
sekturbar mislum lumhonvor dolhongal gallum
lumturgal ta ns lumturgal ta ns turhonbar honpilken vormisken dolbar
turlumbar ta ns sekbartur lumbarbar doldol
kentur ta ns vormis
entken vorsek lumvor dolhongal lumturent ta ns lumhonvor ta ns bardol
lumturent ta ns dolgal barmis turmishon vormisken vordol bargal
sekvorgal ta ns kenmispil vormis galgalsek doldol
vorlum mislum barpil bardol vorlumdol
kenhonmis dolbar dolbarent
lumvor ta ns sektur ta ns entken gallum doldol kenvortur ta ns barpil ta ns
vorlum ta ns honpilken ta ns lumturgal sektur barhonken ta ns barkenhon
galgal sekturbar
kenvortur dolbarent sekvorgal ta ns barhonken ta ns vorlum
misgalsek lumhondol kenmispil dolbar dolbarbar ta ns misgalsek sekturbar
enthon ta ns doldol turlumbar ta ns mislum lumhonvor ta ns sekturbar ta ns dolhongal pilhon ta ns doldol
lumbarbar bargal turmishon vormis vorhonken ta ns kenmispil barhonken
sekturbar dolgal turdollum vorhonken pilhon sekturbar turhonbar
sekvorgal barpil barpil misent lumhonvor ta ns kenmispil barhonken ta ns
pilbar galgalsek pilhon ta ns honsek honpilken galhonsek lumhonvor ta ns entsekgal ta ns vorhon
lumturent honmis misgalsek galgalsek ta ns lumturgal barhonken ta ns
sekvorgal ta ns vorhon pilbar ta ns vormisken turlumbar sekbartur
vormisken pilbar ta ns barkenhon
barmis ta ns enthon
vormis kenpil honmis ta ns pilhon ta ns dolbarent bargal
sekvorgal ta ns honsek lumturpil sekvorgal ta ns bargal entken
kentur ta ns bargal lumbarbar mislum turmishon ta ns vordol ta ns doldol entken ta ns bardol
misgalsek dolgal vorlum dolhonbar vorlum dolhongal
sekvorgal bardol vorhonken sekbartur turlumbar ta ns dolhonbar gallum bargal vordol ta ns
sekturbar ta ns dolhongal dolbarbar vorlum ta ns vormisken ta ns turlumbar
turlumbar ta ns kenpil galhonsek lumturpil ta ns kentur ta ns
barpil ta ns lumturgal galhonsek kenent galhonsek pilhon kenhonmis ta ns dolhongal turvor barkenhon
sekvorgal misent mishon ta ns pilbar misent lumturgal honmis honsek
vordol ta ns galhonsek lumhondol kenent vorsek ta ns barpil doldol
vorhonken ta ns kenpil ta ns kenvortur
turvor ta ns lumbarbar honsek kenvortur bardol pilhon mislum galgal ta ns
vormisken dolbarent ta ns turlumbar barmis turvor ta ns vorlum
dolsek ta ns lumbarbar doldol vorhonken
barmis lumturgal sekdol galhonsek honpilken lumturpil ta ns
vorhonken ta ns barpil lumturpil vorhonken turmishon ta ns turhonbar entsekgal
lumbarbar ta ns vordol barhonken enthon
sekvorgal mislum vorlum ta ns
turmishon galgalsek vorhon vorsek ta ns lumdolgal doldol
lumvor turdollum
kenhonmis doldol vorlum galgal ta ns sekbartur kenvortur ta ns vormisken ta ns dolhonbar entken
vormis vormis bargal
dolbarbar mislum turdollum sekdol lumhonvor
lumdolgal sekvorgal ta ns bargal entken doldol misgalsek dolhongal barhonken vorhon vordol honsek
dolsek galhonsek turdollum ta ns turbar lumhonvor ta ns doldol hondol lumturpil ta ns
vorsek ta ns turbar vorsek turbar
barpil misgalsek turbar vorlum dolhongal sekvorgal ta ns dolhongal honpilken doldol
lumturpil vordol bardol
gallum ta ns vorhonken ta ns kenvortur
vorhonken ta ns kenhonmis dolhongal misgalsek
turdollum galhonsek dolbarbar lumturgal barkenhon
lumdolgal mislum lumturent dolbarent
entken ta ns bargal honpilken sekbartur gallum turvor ta ns turhonbar hondol ta ns lumdolgal
vorlum ta ns galgal ta ns bardol vorlumdol kenent ta ns enthon ta ns vordol ta ns
turvor ta ns doldol misgalsek ta ns vorlum
dolbarent lumturent entsekgal dolbarent dolhongal honpilken ta ns
lumvor galhonsek lumturgal ta ns dolsek honsek lumbarbar ta ns dolsek doldol
sekdol galgalsek ta ns pilhon lumdolgal dolhongal
kentur ta ns turdollum ta ns dolsek barkenhon lumturent dolhonbar lumturgal turhonbar
pilhon ta ns barmis ta ns dolbarbar ta ns
kentur doldol gallum bargal gallum kenpil ta ns
dolbarent gallum dolhongal kenpil galgalsek bargal sekdol ta ns
lumturent ta ns turlumbar turbar
sekturbar doldol barhonken galgal lumvor
dolbarbar ta ns bargal vormis barkenhon lumbarbar ta ns honmis vorhon kentur
pilbar kenent honpilken honsek sekturbar
lumbarbar ta ns turbar turlumbar barkenhon
lumturent ta ns lumhonvor ta ns kenmispil lumturpil pilbar lumhonvor turhonbar
lumvor kenpil lumhonvor ta ns sekdol honsek barpil ta ns
sekvorgal dolbarbar ta ns turhonbar turlumbar misent turvor dolgal galgal ta ns entken ta ns
vorlumdol dolhongal hondol
lumturent sekbartur vormisken dolgal lumdolgal ta ns dolgal vormisken mislum sekvorgal ta ns dolhonbar kenpil bardol
vorhonken vordol
dolbar lumhondol sekturbar kenent kenvortur sekdol ta ns
honmis mislum sektur ta ns barkenhon barpil turlumbar ta ns enthon
vorlum ta ns kentur
vorlumdol dolbar doldol dolbar dolsek turbar sekturbar enthon ta ns
turlumbar ta ns turmishon kenpil ta ns vorhon vorlum ta ns sekdol kenmispil
lumhondol vorlum
vorhonken kenent dolbarbar
kenpil barmis
sekdol ta ns dolbar turlumbar sektur
turlumbar ta ns sekturbar barkenhon kenhonmis ta ns dolgal
entsekgal dolbar ta ns turhonbar sektur honsek turdollum ta ns misent mishon
galgal entsekgal mislum
lumturpil barkenhon dolbarent misgalsek lumhondol ta ns barkenhon entken
barpil vorhon dolsek dolbarbar kenpil vordol ta ns turdollum
sekturbar ta ns vorhon enthon ta ns sekdol lumvor ta ns vormis lumturgal ta ns bardol
lumturent galgal ta ns turbar vorhonken
misgalsek vordol ta ns
sektur ta ns turvor bardol kenhonmis ta ns lumhondol vorhon kenhonmis ta ns barpil
sekturbar vorhonken ta ns vorsek vorhon kentur dolbar ta ns bardol
honpilken mishon honpilken bargal lumbarbar lumhondol
lumhonvor lumdolgal ta ns lumhondol turhonbar turmishon galhonsek barhonken
lumhonvor kenhonmis dolbarbar
lumhondol turhonbar vorhonken ta ns lumbarbar vordol
kenvortur entken pilbar ta ns galhonsek
dolbarent misent dolbarent
galgal ta ns turhonbar entken honsek
vorlumdol ta ns dolgal lumbarbar dolbar barkenhon pilbar ta ns sekbartur kenhonmis gallum
entken ta ns lumbarbar galhonsek misgalsek vorlumdol
sektur barmis turvor
vorsek ta ns sekturbar dolgal barmis dolhonbar turmishon lumdolgal ta ns turhonbar barmis
vorlum vorhon lumhondol ta ns dolhonbar lumhonvor lumhondol
dolbar mislum sekvorgal kenpil turlumbar ta ns misgalsek
enthon pilbar ta ns misent sektur turbar
dolbarbar turlumbar misent lumturpil
lumturgal ta ns misent misgalsek ta ns pilbar kenmispil dolbarent barkenhon sekturbar vorlum mislum
sektur sekbartur galgalsek vorhonken
lumturgal ta ns turdollum
galgal kenvortur ta ns mislum kenvortur ta ns barhonken
pilhon ta ns honsek vordol lumdolgal vormis sekbartur lumdolgal sekdol
pilbar pilbar ta ns vorhonken dolbarbar ta ns vorhon lumhondol lumturpil ta ns
entsekgal ta ns dolhongal lumturgal ta ns
kenhonmis kenpil turhonbar honmis
gallum sekbartur lumturgal ta ns dolbarbar vorlum ta ns mislum
mishon lumdolgal galhonsek misgalsek misent turmishon ta ns sekbartur dolbar sekdol turbar
vorlumdol ta ns kentur kenent vorhon
turlumbar dolgal sektur galhonsek hondol ta ns kenmispil kenpil lumhondol ta ns dolbarbar ta ns dolhongal
mishon kentur enthon lumturpil bargal
turdollum dolgal sekdol dolgal
kenpil ta ns gallum ta ns misent lumvor bargal
lumturgal turhonbar barpil
lumturent dolhongal turdollum dolhongal vorlum lumvor
hondol vorlum hondol bardol vorhonken barkenhon dolsek ta ns lumvor ta ns
lumhonvor pilbar ta ns pilhon doldol barmis ta ns lumbarbar ta ns
kenent kenmispil barpil kenmispil dolbarent dolbarent kenpil kenmispil
lumvor honsek lumturpil
galgalsek ta ns bardol galgal ta ns mislum
sektur ta ns galhonsek kentur
vorhonken dolhongal turmishon dolhongal sektur ta ns bargal kentur ta ns dolhongal turdollum bargal
vorsek kenent vorhon vormis vordol entken honsek
galgal turbar kentur lumdolgal dolhongal pilhon
kenvortur sektur ta ns entsekgal dolhonbar barhonken ta ns turhonbar enthon
enthon vorhon kenvortur
dolbar vormisken dolhonbar gallum bargal lumhondol turhonbar vormisken
lumturpil turvor ta ns kenhonmis vorhon turdollum ta ns kenent
entken dolhonbar sekvorgal barkenhon kenent sektur ta ns lumturent galgalsek
lumdolgal turhonbar lumvor mislum vormisken ta ns vormisken dolhonbar turlumbar mislum entsekgal
turvor ta ns lumhondol ta ns sekbartur
galgalsek gallum mislum barmis ta ns pilbar vorhonken kenent ta ns
dolbarbar dolbar ta ns turbar misgalsek ta ns vorhon barpil vorhon
lumhondol turdollum honsek kenent ta ns kenhonmis lumvor
lumbarbar ta ns pilbar dolbarent lumbarbar vorhonken
turmishon sekturbar turbar vorhonken ta ns sekvorgal honmis barpil
dolbar entsekgal ta ns turmishon galhonsek
vormis ta ns dolhongal lumdolgal ta ns entken kenmispil sektur bargal galgalsek
kentur honsek lumvor entken entken
dolbar dolbarent lumvor misent sektur turdollum bargal vorlum
sekvorgal bargal turvor dolbarent ta ns
lumturgal kenmispil vorhonken misent
vormisken kentur bargal kenpil ta ns kentur mislum vordol barhonken bargal
kenvortur ta ns doldol lumturpil ta ns turbar enthon turdollum
sektur vormis vorsek ta ns
entken honsek turmishon kenmispil honpilken bardol
lumturpil ta ns honsek dolbar dolhonbar misgalsek
lumdolgal misgalsek
misgalsek barmis kenmispil dolbarbar doldol misgalsek barpil
honpilken ta ns sekbartur vorhonken doldol
dolbarent sektur ta ns dolbarent dolhongal kenent ta ns hondol honsek
kenvortur dolbarbar vorlumdol mislum lumdolgal dolhonbar pilhon ta ns
turdollum lumvor lumturent honpilken
barmis vorhon vordol vordol galhonsek honmis ta ns honpilken vormisken
dolbarent mislum honpilken hondol
lumhonvor barpil honsek turvor misgalsek lumhondol galhonsek
barmis ta ns entken barhonken entken ta ns
turdollum dolhonbar kentur ta ns pilbar bardol entken honsek vorlumdol
vorsek dolhongal lumdolgal ta ns sekbartur dolsek turhonbar barpil ta ns dolgal vormisken ta ns galhonsek
dolsek sekbartur dolbarbar
turdollum lumturpil ta ns turlumbar
lumturgal lumhonvor ta ns
galgalsek turvor
pilhon honsek lumvor ta ns dolhonbar vormisken ta ns honsek barpil ta ns sekvorgal kenmispil
vormis ta ns galgal ta ns honsek lumturgal
lumdolgal ta ns sekbartur dolbar ta ns pilbar bardol lumhondol ta ns kenpil ta ns doldol lumturgal
lumturgal ta ns lumhonvor kenhonmis bargal lumhonvor
vormis galgalsek turhonbar kenvortur lumturpil kenhonmis ta ns
kentur ta ns barmis dolhongal vorlumdol dolgal lumbarbar doldol galgalsek sektur ta ns
turvor entsekgal ta ns dolhonbar misgalsek turvor ta ns kentur ta ns mislum
lumhonvor ta ns vorhon turdollum hondol ta ns kenhonmis
kenhonmis barmis vormis barkenhon
kenent mislum vorhonken ta ns mishon vordol bargal
barhonken ta ns mislum pilhon ta ns barmis doldol honpilken
lumdolgal ta ns sekturbar ta ns dolhongal barhonken honpilken
lumbarbar doldol sekdol pilbar ta ns vorlum dolgal sekvorgal ta ns
galgalsek ta ns sekbartur lumturpil ta ns honpilken
barpil ta ns turmishon dolsek sekdol ta ns
lumturent bardol dolbarbar
turmishon lumhondol ta ns pilhon vorhon lumturpil ta ns dolgal sektur kenpil
mishon galhonsek mishon ta ns bardol sekvorgal
lumbarbar ta ns honmis ta ns pilhon lumhonvor ta ns
vormis sekbartur vormis ta ns
misgalsek lumturgal ta ns barkenhon
barhonken dolsek mislum kenpil ta ns
kenpil ta ns dolgal vorsek ta ns turlumbar kentur dolgal
dolbarbar ta ns vorlum misgalsek dolbar mislum sekdol honsek
enthon honmis ta ns dolhonbar kenvortur barpil ta ns pilbar
vormisken lumdolgal honpilken sekturbar turbar hondol mishon
honpilken turbar gallum barkenhon
lumvor galgalsek misgalsek ta ns vordol lumvor
gallum ta ns mislum pilbar honpilken lumturgal ta ns lumbarbar vorlum ta ns turbar
sekdol sekbartur lumbarbar
pilhon galhonsek dolbar barhonken dolhonbar
barmis ta ns entken turbar lumturpil honsek barpil galgalsek galgal kenmispil
turdollum sekdol ta ns turhonbar kenhonmis turhonbar honmis ta ns misgalsek
vorlumdol lumturpil dolbar ta ns bargal
turdollum barkenhon kenhonmis
entken sekbartur sekvorgal ta ns galhonsek dolbarbar
turmishon lumhonvor bardol gallum turlumbar
barpil ta ns gallum ta ns barkenhon dolbarent turdollum ta ns sekvorgal
honpilken ta ns sekvorgal gallum ta ns galgalsek ta ns mislum
honmis bargal vorhonken
vorhonken turvor ta ns dolhongal dolsek ta ns bargal lumdolgal vorlum ta ns
turdollum turdollum doldol
lumdolgal turlumbar doldol sekturbar ta ns dolgal dolbarent lumhonvor ta ns barkenhon
galgal ta ns galgalsek vordol sekbartur
dolbar ta ns sekdol turbar vorlum ta ns barkenhon lumdolgal
dolbarent honsek lumvor lumhonvor ta ns kenmispil kenpil ta ns turhonbar vorsek ta ns
dolbarent kenmispil vormis misent
dolsek lumturpil doldol dolbarbar ta ns entsekgal mishon ta ns sekdol ta ns
vordol dolgal honmis dolbar turhonbar galgal kenvortur ta ns
barhonken vormisken
kentur dolhonbar dolsek doldol
barmis turbar vorlum ta ns sekdol vorsek
dolbar lumturpil ta ns
kenent lumturpil ta ns
kenent lumbarbar ta ns turvor vorhon turdollum dolgal entsekgal bargal
honmis vorlumdol lumdolgal ta ns misent vorlum dolsek kenmispil
turmishon enthon ta ns pilhon dolhonbar honpilken gallum barkenhon
turmishon kentur lumvor turhonbar
barpil pilbar lumvor doldol
barhonken entsekgal barkenhon turvor ta ns sekvorgal ta ns dolhongal sekturbar
sekturbar vorsek ta ns barpil ta ns bardol lumturgal ta ns barhonken
lumturpil vordol bargal
lumvor ta ns turdollum sekdol
kenpil ta ns galgalsek vorhon turvor ta ns turvor ta ns vorlumdol barkenhon lumdolgal dolgal
vorlumdol dolsek vordol enthon lumbarbar honsek
vorlumdol hondol dolbarbar lumturent hondol gallum ta ns
misgalsek ta ns turdollum
lumvor bargal honmis sektur mislum pilbar ta ns honmis ta ns
honmis kenmispil lumturgal turdollum gallum turlumbar kenmispil
hondol ta ns kenent dolgal vormisken vorhon
sekvorgal lumhonvor ta ns misent turmishon vorhonken ta ns mislum sekturbar
pilhon vormis ta ns barhonken dolhonbar
turdollum vorhon vormis gallum
sekvorgal ta ns turbar enthon galgal turhonbar lumturgal
entken misent dolbar dolsek ta ns gallum kentur ta ns bargal sektur ta ns
entsekgal galgal ta ns bargal honpilken turvor
barpil kenmispil sekturbar turdollum misent barmis bardol
entsekgal bargal kenent misent
turmishon kenmispil gallum turhonbar dolbarbar vorhon turmishon bardol
vorlum sekbartur lumvor ta ns honpilken kenmispil honpilken pilhon
sekvorgal gallum
pilhon entken galgalsek dolhongal sekdol kenhonmis dolhonbar
sekdol lumbarbar ta ns turlumbar galgal ta ns lumhonvor ta ns dolhonbar enthon ta ns dolhonbar
misgalsek ta ns misgalsek ta ns turhonbar pilbar vordol misgalsek ta ns
sekturbar turbar turlumbar lumdolgal ta ns galgal ta ns sekvorgal ta ns lumhonvor ta ns barkenhon
entken dolhonbar kenpil dolbar doldol
vormis vormis vorhonken ta ns misent misgalsek ta ns kenpil vorlum
kenhonmis lumturgal lumhondol enthon turdollum honsek
enthon bargal misgalsek
hondol ta ns lumturpil bargal galgal galhonsek lumdolgal doldol
lumturgal kenhonmis ta ns dolbar doldol dolbar ta ns vormis vorhon
galgalsek honpilken honsek
sekvorgal honsek kenpil lumhondol
sektur pilhon dolgal kenvortur ta ns kenpil barkenhon sekdol lumvor bargal
lumturpil lumturpil
dolbar turmishon barkenhon kenent ta ns dolbarent lumdolgal ta ns honpilken
kenent kentur ta ns honsek entken ta ns lumdolgal hondol lumvor
pilbar dolbarbar ta ns lumdolgal doldol vorlumdol lumhonvor
pilbar doldol lumhonvor lumhonvor dolhonbar barhonken
sekdol honpilken kenent ta ns lumturgal misent vorsek gallum
enthon dolhonbar lumvor dolhonbar vordol honmis turbar
vormis dolhongal sekdol sekdol ta ns turhonbar
misgalsek sekdol honpilken bardol hondol dolbarent vorhon
turmishon sekturbar
lumturent gallum ta ns
vorsek doldol entken ta ns sekbartur vorsek honsek
misgalsek kenmispil sekdol sekvorgal mislum
sektur ta ns dolhongal kenent vorlumdol dolgal
lumturgal ta ns misent misgalsek ta ns sekbartur
gallum dolbarbar ta ns mislum dolsek bargal pilhon
dolbarent doldol lumbarbar
lumvor galhonsek enthon misent kenent bardol galgalsek entken pilhon
enthon barkenhon galgal dolhonbar turmishon barkenhon pilhon ta ns gallum vorhon
lumturpil ta ns lumturgal ta ns galhonsek vorlumdol galgal dolhonbar kenvortur ta ns
kentur pilbar ta ns dolgal sekvorgal ta ns mislum
kenhonmis kenent ta ns dolbarent vorhon
galgalsek sekturbar kenvortur kentur
turdollum entken vorhon sekturbar dolbarbar lumhonvor
lumturpil ta ns vordol vorhonken bardol lumhondol ta ns barkenhon pilbar vorhonken
honmis ta ns bargal misgalsek honsek sektur ta ns
dolbar kentur ta ns dolhonbar honpilken turdollum dolhongal lumdolgal ta ns lumturent
entsekgal turbar mishon ta ns dolgal dolsek turbar kenhonmis hondol turbar vormis ta ns dolhonbar
lumturgal dolgal turvor mishon ta ns bargal turlumbar lumturpil barhonken bardol
misgalsek ta ns galhonsek dolbar ta ns turmishon ta ns dolgal
sekvorgal dolbarbar ta ns pilbar ta ns dolhonbar vorlumdol dolbarbar honsek
lumturpil barkenhon turdollum ta ns misgalsek ta ns kenvortur ta ns dolbarent turlumbar kenmispil
kenhonmis ta ns dolbarbar ta ns vorsek ta ns dolhonbar hondol ta ns dolhongal
vorhonken vorhon barpil
dolbarbar turbar dolsek ta ns vorlumdol misent sekdol entken
dolbar dolhongal entken vorhonken bardol turdollum
vormis pilbar turdollum ta ns vorhon dolbarbar sekvorgal
enthon vormisken galgal ta ns dolsek doldol turvor turhonbar
vordol honsek turlumbar bardol
lumturent ta ns lumturgal ta ns pilhon mishon misent pilbar lumturpil ta ns dolgal
vorsek barmis ta ns sektur ta ns misent dolsek misent vormis vorlumdol dolgal
vormisken ta ns misent lumvor turhonbar entsekgal sekturbar
honpilken vorlum entken ta ns honsek barpil vorhon lumdolgal ta ns doldol
kenvortur ta ns kenpil ta ns turbar lumdolgal ta ns honmis barhonken ta ns lumdolgal
kenpil gallum dolbar mislum turdollum sekbartur kenhonmis vordol ta ns
mishon ta ns vorsek vormis ta ns turbar kenvortur
barmis honsek lumturgal misgalsek dolgal kenpil turhonbar kenhonmis dolgal
lumbarbar ta ns honmis
turlumbar ta ns dolbarent lumdolgal kenpil ta ns vormisken ta ns
lumhonvor kenpil ta ns turvor lumturpil pilbar sekbartur dolbarent
vormisken bardol galgalsek kenmispil galgalsek bargal lumhondol dolhonbar barhonken turhonbar sekvorgal
turmishon ta ns lumturpil turlumbar vorhon enthon barhonken turhonbar vormisken kenmispil
enthon gallum dolgal hondol kenvortur turhonbar sekdol ta ns dolgal
entsekgal pilhon honsek turlumbar
misgalsek kenvortur dolhongal sekdol mislum entsekgal turhonbar
mishon doldol honpilken ta ns turlumbar kentur ta ns bardol misgalsek bargal turmishon sekbartur
pilbar ta ns sektur ta ns vormis honsek dolbar ta ns vorhon gallum lumbarbar ta ns
gallum kentur ta ns honmis dolhongal kenent dolhonbar lumturgal bardol
lumhonvor gallum ta ns mislum vorlumdol vordol vormis dolhonbar
lumhondol vorhon enthon ta ns sekturbar ta ns misent turdollum dolgal
lumdolgal vorsek ta ns lumhondol ta ns
lumturent kenent kenmispil kenvortur ta ns galgal ta ns galgal
honpilken ta ns dolbarent
sektur bardol barmis dolbar vorlumdol ta ns turlumbar
vorhonken ta ns honsek entsekgal ta ns honsek turlumbar vormis misgalsek ta ns dolhonbar
hondol kenhonmis dolhongal
pilbar lumturpil ta ns gallum
kenent doldol honpilken barkenhon
pilhon ta ns bargal entsekgal vorsek
lumvor hondol
kenvortur vorsek turmishon dolgal lumturent
sekturbar doldol entken ta ns bargal lumhondol
dolbarent sekvorgal vorhonken turbar dolbarent dolgal hondol dolgal entsekgal doldol
sektur ta ns turbar sekturbar dolgal kentur ta ns kenmispil lumvor barmis
kenhonmis kenvortur honpilken sekbartur pilbar kentur entken ta ns dolhongal
kenhonmis turbar kenhonmis ta ns galhonsek
lumturent galhonsek turlumbar misent misgalsek mislum barpil turbar gallum ta ns turbar
kenent ta ns galhonsek mishon vorhon
entken ta ns honsek entsekgal
dolbarent ta ns sekdol ta ns vorlum dolsek vormisken entken
kenent entken
vormisken vorlum ta ns lumturent honsek sektur galhonsek sekvorgal ta ns lumturpil
dolbar kenmispil sekturbar ta ns barmis vorsek gallum
entken ta ns turvor sekvorgal dolbar turmishon bargal
dolbarbar ta ns honsek vormis bargal barmis ta ns enthon ta ns
kenhonmis ta ns turhonbar lumturent misent vormisken
vorlum doldol kenpil entken mislum lumvor hondol ta ns mislum sektur ta ns vorhon
misgalsek galhonsek honpilken ta ns misent
barhonken vorsek
sektur sekbartur lumturent ta ns mislum
vorhonken sekdol vormisken turvor
pilbar ta ns bardol pilbar
mishon ta ns lumhonvor dolbarent ta ns pilbar kenmispil kenvortur dolhonbar enthon misent
sektur ta ns bargal sekvorgal galgalsek pilbar
vorhonken dolhonbar turvor kenmispil entken ta ns lumturpil dolhonbar vordol bargal galgal honsek
lumbarbar galhonsek sekturbar galgalsek lumhondol ta ns barkenhon vorlumdol ta ns bardol
barmis galhonsek sekturbar turlumbar
vorlum misgalsek vorhonken honmis
lumvor doldol vorsek vordol ta ns turhonbar
vorlum lumdolgal galgalsek ta ns mishon ta ns kenmispil entsekgal ta ns dolgal
dolbar barpil ta ns galhonsek
enthon ta ns sektur ta ns bargal dolbarent
lumhondol ta ns galhonsek pilhon kenpil turbar turdollum barmis kenent galhonsek
entsekgal ta ns barkenhon mishon galhonsek
dolsek ta ns vormis lumdolgal doldol turlumbar
entken ta ns bargal turdollum lumturgal ta ns dolhonbar
entken entsekgal barkenhon dolbarbar lumhondol turvor galhonsek
dolbarbar turlumbar
kentur dolgal lumturgal kenent sekdol lumbarbar dolhonbar
kentur enthon ta ns sekbartur lumvor dolbarbar ta ns galhonsek dolbarent ta ns sekdol
mishon honpilken ta ns honsek vormis kenent dolbar
entken ta ns kenhonmis honpilken vordol ta ns dolgal vordol
sekdol ta ns honsek vorhonken ta ns vordol sekturbar ta ns
dolbarbar doldol turdollum ta ns misent
galgalsek ta ns galhonsek kenvortur enthon kenmispil
sektur ta ns galgal enthon sektur
lumdolgal vormis galgal ta ns enthon sekbartur dolsek ta ns turhonbar
vormisken dolbar lumturent
honpilken dolbarbar dolhonbar
pilbar lumturent ta ns mishon dolsek ta ns barmis
turvor ta ns honsek kentur ta ns dolhongal
lumdolgal dolbarent vordol vormis
sektur mislum galgalsek ta ns mislum lumbarbar ta ns honmis vordol honsek
lumhonvor ta ns entken turbar vormisken ta ns honsek galgal ta ns
vorsek pilhon vorhon turmishon dolhongal barmis
dolsek vordol ta ns misent
kentur ta ns turmishon ta ns vorhonken ta ns
turlumbar ta ns hondol
vordol galgalsek sekbartur sektur bardol
galgal vorlum lumturgal entsekgal ta ns bargal
lumturpil ta ns lumvor ta ns misgalsek honsek
lumturgal ta ns dolgal pilhon ta ns vorlum ta ns dolbarent
vorsek ta ns galhonsek enthon ta ns doldol turvor bargal
lumvor honmis ta ns honsek dolbarent ta ns
dolbar honpilken turbar lumdolgal ta ns sekbartur sekvorgal ta ns bargal galgalsek kenmispil sekvorgal honsek
sekvorgal turbar galgal
lumturpil ta ns pilhon turmishon honsek dolsek ta ns honpilken ta ns
sekdol ta ns kenmispil honmis
vorsek entken turdollum bardol vorsek vormisken ta ns lumturgal
lumturpil galhonsek enthon sekdol vordol ta ns
vormis honsek mishon dolbarbar ta ns kenvortur turvor ta ns honsek entken
dolbarbar sekvorgal ta ns doldol vormisken ta ns
dolsek barhonken kentur
honpilken ta ns dolhongal lumvor ta ns dolhongal turlumbar turhonbar lumturgal lumvor lumvor
sekvorgal turvor bargal lumturgal barkenhon vorhonken kenent ta ns honpilken barkenhon
lumhonvor ta ns entsekgal
lumhonvor ta ns sekvorgal barkenhon galgalsek honsek enthon
kenhonmis ta ns barkenhon barpil ta ns vordol ta ns dolbarbar honsek honmis turhonbar turlumbar doldol
vorsek ta ns misgalsek turdollum ta ns lumturgal dolgal lumturgal ta ns
turdollum ta ns dolbarent dolhongal vorsek ta ns misent lumturgal kenhonmis barkenhon hondol sekbartur
gallum vorhon gallum kenmispil dolbarbar ta ns lumdolgal
hondol lumhondol barhonken ta ns turlumbar ta ns turhonbar dolsek kenvortur ta ns
lumturpil entsekgal ta ns turdollum dolsek dolhongal lumhondol honsek
entsekgal ta ns sekdol enthon bardol lumhondol misent gallum ta ns
vorsek ta ns kenhonmis barhonken doldol mishon
turlumbar turbar kenent vorhon kenhonmis
vormisken kenpil ta ns doldol
lumturgal galhonsek lumturent dolhonbar sektur honsek honmis kenpil
hondol misgalsek dolsek ta ns honmis vorlum ta ns kenpil ta ns
sekdol ta ns barkenhon vorsek ta ns mishon ta ns lumvor ta ns pilhon barkenhon misgalsek
sektur ta ns kentur honpilken ta ns misent galgalsek ta ns turhonbar sekvorgal ta ns
kenent turlumbar enthon mishon lumturpil ta ns mislum
honmis bardol galgal lumturpil
lumhondol ta ns dolsek ta ns turlumbar doldol lumturent doldol vorsek turhonbar
vormisken ta ns sekdol ta ns lumhondol misent turdollum ta ns
vordol vorsek kenent ta ns lumturpil vorlum honpilken bardol
barmis mislum kenvortur lumturent lumbarbar ta ns galgal honsek dolbar
sektur misgalsek sekdol ta ns
dolbarent ta ns entsekgal sekdol ta ns galhonsek
lumturgal ta ns honsek kenent lumhondol sekvorgal ta ns dolgal hondol
galgalsek ta ns gallum ta ns kenent turhonbar lumturpil vordol ta ns
enthon vordol mislum hondol ta ns dolgal sektur gallum misgalsek mislum
dolbarbar vormisken vorhon lumvor ta ns enthon galgal ta ns lumdolgal bargal
vorlum galhonsek vorhonken dolgal
lumturpil lumbarbar vorhon
entken ta ns turvor
lumhonvor dolbarent mislum vorlum vorlumdol lumhonvor vormis
vordol ta ns barhonken dolbar ta ns turhonbar vordol lumturgal kenpil ta ns mislum
vorlum ta ns turhonbar lumturent vorsek honsek
pilbar bardol lumturent bardol
barmis barpil ta ns mishon ta ns enthon
turvor galhonsek lumhondol kentur bargal sekdol bardol sekdol bargal turdollum ta ns kenmispil
misgalsek honsek turmishon ta ns dolgal
lumturgal sekturbar vorlumdol
pilhon kenpil vorhonken turdollum honsek vorlumdol
vorsek turhonbar mishon ta ns
vormis vordol ta ns vorhon kenent vorhonken pilhon ta ns
gallum lumhondol dolgal misgalsek
lumhondol sekdol honpilken ta ns turhonbar galgal kenvortur dolbarent
barpil turlumbar ta ns dolhonbar
mishon lumbarbar bardol lumdolgal dolhonbar pilbar ta ns
pilhon ta ns kenent bargal vorsek honsek dolbarent sekbartur
turdollum enthon
honpilken sekbartur vorlum dolhonbar sekdol
galgal ta ns mislum vorhonken doldol pilbar ta ns bargal
galgalsek dolsek
lumbarbar turdollum doldol turmishon
barhonken barkenhon turmishon ta ns vorlum honpilken
kenhonmis vorsek mishon misgalsek turhonbar turvor kenpil
lumturgal ta ns bardol galgal vorhon sekdol lumturpil vormisken ta ns barmis ta ns
vormis lumhondol dolbarent misent turdollum bargal vorlum sekbartur
barpil lumhondol
dolbar vorhonken vorlumdol ta ns
lumturent turdollum sekdol gallum turbar
turvor ta ns lumhondol turbar vorhonken mislum kentur bargal mishon ta ns dolhonbar
dolbarent ta ns lumdolgal lumturent
hondol ta ns kenmispil lumturent ta ns barkenhon dolbarent ta ns dolhonbar kentur ta ns lumhonvor dolgal
vorlumdol kenent
vorhonken enthon sekbartur
barpil bardol dolsek doldol dolbarent vordol mislum turdollum galhonsek
entsekgal vorlum ta ns galhonsek lumbarbar doldol
misgalsek ta ns lumturent sektur turhonbar gallum ta ns
lumhonvor vorhon honpilken honsek lumhonvor ta ns dolhongal vormis
turlumbar sekvorgal ta ns kenhonmis ta ns mislum barhonken ta ns turbar misgalsek ta ns
turlumbar barkenhon entken galhonsek honmis gallum ta ns turbar misgalsek
kentur ta ns lumturent lumvor kenvortur dolbarbar ta ns dolhonbar lumhondol ta ns turbar
vormis sekbartur dolsek lumturpil lumturent
entsekgal lumdolgal dolgal galgalsek misgalsek sektur sekbartur
lumhonvor bardol enthon bargal kenvortur
turvor honpilken pilhon ta ns kentur
dolsek dolhongal honmis dolhonbar vorlum galgalsek ta ns dolhongal misgalsek lumturgal
vormis dolhongal lumturgal honsek lumturent ta ns vorlum ta ns bardol
lumturgal lumdolgal vorsek ta ns
dolbarent misgalsek dolbarent doldol barhonken sekbartur
sekdol entken
mishon kenent vormis
pilbar misgalsek ta ns vorhon
turmishon vordol dolbarbar sekvorgal ta ns honmis misent
turlumbar ta ns galhonsek turlumbar galgalsek ta ns turvor ta ns bardol galgalsek turmishon turhonbar
galgalsek dolgal turdollum ta ns galhonsek
pilhon ta ns vormis ta ns kenvortur ta ns barmis turhonbar barmis lumbarbar mislum
entsekgal vormis bardol galgal ta ns
hondol lumturpil ta ns doldol sekdol ta ns
kenvortur dolhonbar lumdolgal ta ns entken dolgal
lumdolgal barkenhon lumbarbar doldol lumhonvor barpil ta ns
barmis sekbartur kenhonmis kentur ta ns misent barpil
honmis ta ns dolsek ta ns
honmis bardol misgalsek mislum
sekdol honsek entken turhonbar
kenpil gallum vorhon
dolbar barkenhon sekdol ta ns pilbar
pilhon galgal lumhonvor ta ns galhonsek
dolbarbar gallum vorhonken ta ns honsek
turlumbar ta ns vormis ta ns vormis lumturent turbar kenpil kentur bardol
lumturpil misent sektur ta ns turhonbar barmis turbar vorsek pilhon misgalsek ta ns dolhongal
turmishon vormisken
entsekgal vorlumdol bargal
kenent ta ns dolhongal enthon bargal mishon misent
lumdolgal dolbarent lumturent
dolbar lumvor lumhondol lumbarbar vorlumdol lumturgal ta ns barkenhon
dolbar ta ns misgalsek honpilken ta ns kenpil vorhonken ta ns dolgal
barmis honsek barpil mislum
lumturent barkenhon lumbarbar dolgal
sekvorgal sekbartur lumdolgal lumdolgal ta ns turbar sekvorgal ta ns kenvortur ta ns honsek kenhonmis ta ns
vorlumdol bardol vormisken bardol lumdolgal sekturbar
kentur dolbar lumdolgal misent
misgalsek ta ns honsek sekdol kenhonmis
dolbarent ta ns kenmispil entken ta ns honsek mishon misent
mishon misent sekturbar lumdolgal sekturbar ta ns lumturent dolhongal sekvorgal
kenvortur dolbar dolhonbar turlumbar dolbarent ta ns hondol ta ns bargal entken
sekturbar mislum honpilken misent
entken doldol lumhondol ta ns dolhongal lumbarbar sekvorgal honsek
vormisken ta ns vorlumdol lumbarbar dolhongal galgal ta ns lumturent vorhon sekturbar
sekturbar dolgal sekdol ta ns dolhongal lumturpil galgalsek turmishon ta ns sekvorgal misent
pilhon vorhonken
sekvorgal ta ns hondol barhonken ta ns
mishon ta ns misent kenpil mishon mislum turlumbar ta ns galhonsek
honpilken bardol dolbarbar vorhon pilbar lumdolgal lumhondol lumbarbar ta ns
vorlum dolsek lumturgal honsek gallum sekbartur
kentur kenmispil kenent turbar lumturpil hondol ta ns
vorhonken vorlum dolgal galgalsek ta ns doldol vordol ta ns vorhon
pilbar entken ta ns vorlumdol barmis galhonsek galgalsek ta ns misent dolbarent barkenhon
kentur ta ns kenent honsek turmishon ta ns
turdollum lumturgal honmis entsekgal ta ns dolgal
dolbarbar vorhon vorlum ta ns
enthon enthon enthon ta ns entken kenmispil
dolbarent lumdolgal entsekgal doldol
lumturgal ta ns vormis lumturent misgalsek turmishon
kentur ta ns bargal vorlumdol
turvor vormis lumdolgal turhonbar lumturpil dolhongal barhonken barkenhon
galgalsek ta ns enthon kenent
kenvortur sekturbar ta ns dolbarent vormisken lumhondol ta ns
vorhonken kenent dolhongal sektur bardol mishon dolhonbar vorlum lumturent
gallum kenent ta ns misent honmis bardol pilhon doldol enthon ta ns misent
galgal ta ns dolhonbar lumvor turvor ta ns pilbar ta ns galhonsek pilbar turdollum
honpilken sekturbar vormisken ta ns entken bardol
turlumbar enthon turmishon galhonsek misgalsek vordol ta ns honsek entsekgal ta ns misent
lumhonvor gallum honpilken pilhon galgal
lumvor ta ns barhonken turdollum pilbar lumturpil turhonbar lumturpil ta ns dolhongal
lumdolgal ta ns sekdol
kenent ta ns lumbarbar turhonbar lumbarbar ta ns lumbarbar
vormis entken lumbarbar doldol vorsek barmis
lumbarbar barpil lumvor
misgalsek turmishon ta ns doldol hondol ta ns mislum lumdolgal mislum vorhonken
vordol vorhon sekturbar ta ns
kentur turhonbar sekdol lumturent vorsek ta ns misgalsek doldol lumhondol dolhonbar
misgalsek sekbartur lumvor
turmishon dolbarent ta ns
dolbarent ta ns kenent ta ns galhonsek honmis ta ns dolsek
pilhon lumhonvor dolhonbar turvor ta ns sektur
barhonken pilbar ta ns kenmispil misgalsek ta ns bardol kenent dolbarent
kenhonmis kenvortur turbar
vormisken lumdolgal ta ns
honmis turdollum ta ns vorsek lumhondol
lumdolgal ta ns dolbar ta ns vorhon
lumbarbar ta ns turbar galgal ta ns sekbartur gallum turvor ta ns gallum ta ns
sekdol vorlumdol ta ns misent turlumbar ta ns mislum lumbarbar turhonbar kenvortur
vormis kenhonmis ta ns vormisken turmishon ta ns sektur dolhongal vorhonken
pilhon bargal sektur ta ns dolhongal
turmishon doldol barhonken ta ns doldol
kenvortur dolsek barkenhon turvor lumdolgal
sekdol misent honpilken ta ns dolhonbar
sektur dolhongal dolbar kenvortur honmis ta ns entsekgal sekbartur sekvorgal ta ns
lumhondol dolbarent ta ns enthon dolhongal kenhonmis
barhonken bardol dolbarbar sekturbar turdollum vorlumdol vorhon
kenent dolhonbar entken doldol lumturpil misent vorhonken ta ns turbar pilbar misent dolbarbar turbar
galgalsek sektur ta ns vorlum mislum dolbarbar vormisken vorhonken
entken vormis ta ns sekbartur barmis dolhongal misgalsek vorsek kenmispil galgal
lumturgal lumturpil ta ns dolbarbar misent sekdol mishon barkenhon
dolsek ta ns vorhon vordol
barhonken dolhongal lumdolgal ta ns vorhon sekvorgal ta ns kenmispil sekdol ta ns sekvorgal dolhonbar barpil ta ns turhonbar
turlumbar honmis turbar dolsek lumbarbar ta ns
misgalsek ta ns turmishon barkenhon turmishon kenvortur honsek lumvor
lumbarbar ta ns vorhon galgalsek mislum kenhonmis ta ns sekvorgal vorhon
turmishon dolhonbar galgalsek lumdolgal ta ns
vorhonken turhonbar dolbarbar barpil ta ns
turlumbar ta ns lumvor ta ns
turvor dolbarbar ta ns kenmispil entken ta ns turhonbar
kenpil ta ns entken doldol
barmis bargal vorsek doldol barpil mislum dolbar lumvor mislum entsekgal ta ns
vordol ta ns kenent turdollum sekbartur lumturgal barpil entken
kenent pilhon ta ns vorsek misgalsek misgalsek mislum honpilken ta ns
hondol bardol lumturent kenmispil kentur ta ns lumhondol ta ns vorhonken ta ns lumdolgal
barpil turhonbar lumturgal ta ns honsek vormis ta ns turbar
pilbar kenpil ta ns honsek lumdolgal sektur pilbar dolhongal vorsek ta ns
pilhon lumbarbar lumturpil vorlum misgalsek ta ns
turvor kenpil ta ns vorhon barhonken ta ns barkenhon
misgalsek kenpil kenvortur doldol turdollum
lumhondol ta ns dolgal gallum kenent sekturbar ta ns honsek lumturpil misent
vormis ta ns mislum vorlumdol ta ns entsekgal kentur lumturent
turvor misent dolsek dolbarent ta ns doldol sekvorgal lumturgal hondol
lumturgal kenhonmis doldol kenvortur doldol
vormis ta ns galgal turbar entsekgal entsekgal ta ns dolhonbar honmis kenpil turhonbar
barpil ta ns sekturbar misent vorhonken dolhonbar
hondol ta ns turdollum dolbarbar doldol honpilken ta ns doldol
sektur turbar turmishon kenhonmis ta ns kenhonmis vormisken
enthon entsekgal bargal kenpil doldol dolbarent vorlum ta ns dolhonbar
turdollum dolbarbar turlumbar kenmispil
barmis dolbarbar ta ns
entsekgal ta ns galhonsek turvor ta ns sekvorgal ta ns kenhonmis galhonsek hondol sekvorgal ta ns
vormis kenhonmis kenmispil
vorsek vorlum galgalsek doldol galgalsek galhonsek mishon ta ns doldol lumturpil ta ns
turvor kenhonmis ta ns sekbartur dolbar honsek mishon bargal
turlumbar dolbarent vorlumdol ta ns dolsek dolhonbar turmishon
lumhonvor honsek entken turhonbar
misgalsek pilhon ta ns turlumbar ta ns sekvorgal
galgalsek lumturgal turbar lumturpil bardol honpilken turhonbar kenvortur kenent ta ns
pilhon bardol enthon kentur ta ns sekbartur sekdol dolhongal kenpil ta ns
dolbarent kenhonmis barkenhon dolbarbar ta ns sektur turbar
dolbar ta ns dolbarbar mishon vorhon misgalsek
turmishon turhonbar lumhondol ta ns dolbarbar lumturent ta ns barhonken turhonbar entken
kenhonmis pilbar lumturgal
vordol kenpil ta ns kenmispil vorlumdol sekdol ta ns dolgal pilhon vorhon
lumturent galhonsek hondol
vorlumdol doldol dolbar ta ns enthon ta ns dolhongal
lumturpil ta ns vorsek barpil misent kenvortur gallum kentur
vorhonken ta ns bardol gallum vorlum galhonsek honpilken vormis ta ns misent turdollum ta ns misent
entken mislum hondol vorlum galgalsek ta ns kenmispil
gallum vormis vorhon kenhonmis ta ns
kentur vorlumdol dolgal
lumhondol vormis dolsek lumbarbar entken mishon ta ns
lumhonvor ta ns dolsek honsek vordol vorlumdol barkenhon kenvortur ta ns
sektur ta ns honsek dolsek ta ns vormisken bardol hondol pilbar dolsek ta ns barkenhon
vorlumdol bargal kenpil ta ns
kenpil ta ns turhonbar misgalsek dolbar ta ns honmis vorhon
turmishon ta ns dolhonbar sektur ta ns vormis kenpil vorhonken ta ns sekbartur
lumbarbar dolhonbar misgalsek ta ns
kenvortur sekturbar ta ns vorhonken dolbarbar ta ns
vorsek bargal barmis dolhongal enthon sekdol galhonsek lumturgal ta ns
kentur ta ns sektur turhonbar misgalsek lumturgal sekbartur sekvorgal dolgal vorlum
dolsek ta ns honmis dolgal
dolbar vorhonken ta ns lumbarbar ta ns vormis ta ns turdollum ta ns sekbartur
kenpil dolhonbar pilbar
vorsek kenmispil enthon lumturpil turhonbar dolsek dolhongal
sekdol ta ns honmis sekdol dolgal
vordol lumturpil dolhonbar
dolbarent ta ns vordol kenvortur turbar lumdolgal
turlumbar vorhon lumturent dolhongal lumbarbar ta ns entsekgal barkenhon
galgalsek ta ns galgalsek galgal dolbarent turbar
honpilken ta ns honsek lumhonvor ta ns bargal sekvorgal ta ns turlumbar
kenhonmis ta ns kenent bargal lumhonvor
vorlum entken misent entsekgal barkenhon entken turmishon ta ns
lumbarbar sekbartur vordol dolgal
lumturpil dolgal lumvor dolhongal lumhondol
lumdolgal turhonbar sektur gallum kenent
lumdolgal ta ns vormis honmis dolsek lumturgal bardol barpil bardol
gallum ta ns dolbar ta ns mislum
lumdolgal dolbarent kenent ta ns honpilken ta ns galgal
vormisken barmis misent
honmis ta ns bargal pilhon misgalsek ta ns sekbartur vormis
barpil kentur turhonbar turmishon ta ns dolgal sektur
honpilken pilbar turbar turvor turhonbar sekdol pilbar mislum enthon
sekturbar sekturbar misent lumdolgal ta ns turhonbar lumturgal ta ns dolsek ta ns turlumbar
dolbarent ta ns honsek turmishon vormisken dolsek bardol dolbarent entken ta ns
lumhonvor turdollum ta ns turlumbar lumturent dolhongal
hondol vorlum vorlumdol ta ns vorhon
enthon bargal lumturgal dolhongal
vorlum dolsek misent lumhonvor sekbartur lumturent bardol kentur
kenhonmis ta ns sekbartur dolsek dolhonbar gallum vordol dolbarbar vorhon
vormisken sekbartur gallum lumturent ta ns honpilken lumbarbar
sekturbar doldol kenpil ta ns mislum kenent ta ns galhonsek galgalsek lumvor turhonbar galgalsek
lumbarbar ta ns barkenhon vormisken misent turvor lumdolgal
dolbar pilhon ta ns dolhongal
vormisken turhonbar galgal mislum lumvor ta ns turbar vorsek ta ns dolbarbar
pilbar doldol gallum gallum kenmispil
dolbar kentur ta ns vormisken ta ns doldol
dolsek ta ns dolhonbar vorhonken turvor lumturgal ta ns
hondol ta ns hondol dolhongal
sektur bargal sektur turdollum sekbartur pilhon ta ns turbar
kenent ta ns lumdolgal dolbarbar sekvorgal bardol sekdol ta ns misgalsek ta ns
barmis mishon lumhonvor misent lumdolgal
kentur ta ns gallum galgal ta ns vorhon
sekvorgal dolgal mishon entsekgal galhonsek barpil ta ns vormisken honsek dolbar
barpil galgal honsek dolbar mislum lumturent honsek
dolbar bargal lumvor ta ns dolhongal entsekgal kenvortur ta ns
sektur bargal honmis bargal
vordol vorlumdol
kenpil dolgal lumbarbar barkenhon mishon kenvortur misent
sekvorgal dolbarbar misent vorlumdol ta ns vorhonken
gallum ta ns dolbar dolbarent ta ns vorhon lumvor
hondol turbar barpil turvor bardol
entken dolhongal lumdolgal dolhonbar
lumhondol entken bargal vorlum enthon ta ns vorhon vorsek
pilhon dolhonbar lumbarbar kenmispil turmishon dolgal gallum
turlumbar sektur ta ns dolgal dolsek ta ns galhonsek lumbarbar ta ns
vorhonken misgalsek dolbarent turbar
lumhondol vormis dolbar
vordol ta ns doldol dolbarent mislum mishon pilhon bargal
honpilken ta ns sekvorgal hondol ta ns barhonken ta ns vorhon entken dolgal
lumhondol lumturgal dolhonbar lumdolgal turbar barmis honsek lumturgal ta ns honsek
vorhonken dolhonbar kentur ta ns turbar mishon hondol
turvor ta ns dolhonbar kenhonmis dolhongal barhonken turmishon
hondol ta ns barpil kenhonmis turmishon turhonbar
kenhonmis ta ns dolgal turdollum ta ns turdollum
sekdol ta ns lumbarbar sekdol ta ns doldol entken turhonbar
turvor ta ns barmis ta ns honsek vormisken barkenhon dolbar kenent
honpilken vorhonken ta ns vordol ta ns turlumbar turhonbar barmis vorhon turlumbar
kentur ta ns turlumbar ta ns honmis sekbartur vormis ta ns gallum ta ns
lumbarbar ta ns turhonbar dolbar
sektur misent vorlum turbar turvor lumdolgal galgalsek mislum barmis
honmis bardol vorlumdol pilbar dolhongal dolbar kenmispil
vormis sekturbar misgalsek dolhonbar honmis doldol
vorlum mislum vormisken dolsek
barmis sekbartur lumbarbar ta ns dolbarent ta ns mislum galgalsek bardol
lumhondol ta ns barkenhon honmis ta ns vormisken ta ns vorhon
dolbar ta ns galgalsek dolhongal
turlumbar ta ns lumhonvor enthon turhonbar vormisken sekvorgal turmishon ta ns
kenent ta ns vorhon honpilken ta ns galgalsek ta ns
misgalsek barhonken honsek
pilbar kenvortur sekbartur sekturbar ta ns lumbarbar vorhonken ta ns dolbarbar
vormisken mislum lumturpil lumhonvor dolhonbar
vorlumdol lumhonvor ta ns sekvorgal misgalsek sekvorgal misent pilbar
entsekgal lumturgal dolhongal lumvor ta ns sekbartur mishon
dolbarent ta ns turvor ta ns dolhongal vorlum kenpil ta ns barhonken
vorlumdol turmishon ta ns
barmis ta ns dolhonbar kenvortur lumturgal galhonsek
turdollum honsek gallum ta ns sekbartur pilbar dolsek dolgal dolbarent dolhonbar vorlumdol
misgalsek vorhon dolbarbar enthon ta ns misent barmis ta ns honsek turmishon ta ns dolbarbar doldol
lumbarbar ta ns sektur barhonken ta ns lumturpil turlumbar ta ns honsek barpil
entsekgal misent sektur dolhongal
entsekgal sekturbar ta ns doldol vordol
lumhondol kenpil barkenhon lumvor ta ns dolhongal
kenvortur lumbarbar ta ns
gallum sekbartur kenent kenmispil kentur barkenhon sekturbar vormisken ta ns
lumhondol ta ns sekdol lumturpil ta ns honsek
dolbarent ta ns galhonsek turdollum galhonsek
honpilken honpilken ta ns doldol kenhonmis mislum barpil dolhonbar misgalsek ta ns entsekgal
dolbarent dolhongal barhonken lumturpil sektur doldol turdollum barkenhon dolbar
turlumbar lumvor honmis ta ns honsek turdollum
pilbar lumturgal dolbarent ta ns gallum ta ns barkenhon
misgalsek dolgal entsekgal
turdollum dolbarent honsek
enthon kenmispil lumturent ta ns kenvortur ta ns barhonken ta ns dolhonbar
entsekgal vorhon lumturgal ta ns lumturpil
vordol kenpil ta ns
hondol turhonbar kenent galgalsek ta ns turhonbar galgal ta ns turbar kenvortur ta ns turhonbar turvor ta ns mislum
galgalsek ta ns sektur ta ns pilbar
enthon barhonken
turmishon bargal kentur ta ns turhonbar vormisken turbar
lumvor lumhonvor misent kenvortur misgalsek bardol
lumhondol dolbar vorsek misgalsek vorsek pilhon
honpilken galhonsek vorsek ta ns mishon ta ns dolsek ta ns vorlumdol vordol mislum
vorlumdol ta ns turbar sekvorgal ta ns lumturpil vordol turhonbar vordol galhonsek
vorsek entsekgal vorlum lumturent
mishon ta ns galhonsek pilbar
sekturbar sektur ta ns
kenhonmis turhonbar lumturgal dolbar mishon sekbartur
galgal barkenhon vorlum dolbarbar lumturgal vorhon
dolbarbar vorhon turvor ta ns barpil turlumbar ta ns honpilken ta ns turdollum dolhonbar
pilbar vorhon enthon bardol kenhonmis turbar
sekdol lumhonvor ta ns turmishon ta ns misent
vormisken ta ns turbar turvor ta ns dolhonbar honmis vorhonken ta ns sekvorgal ta ns turbar vordol kenmispil
honpilken ta ns kentur ta ns lumbarbar doldol
lumturent vormisken ta ns bargal entsekgal sekturbar ta ns enthon ta ns
barpil sekbartur lumhonvor ta ns lumhonvor ta ns bargal kenent ta ns vorsek turhonbar
mishon sekturbar ta ns dolhonbar lumturgal ta ns
vorhonken dolbarent ta ns lumhondol misent vordol dolhongal
lumturent ta ns galgal turmishon vorlum vormis misent lumturent
vormis sekvorgal mishon lumdolgal lumturpil kenmispil turmishon ta ns vorhon
barpil ta ns sektur kentur dolbarbar ta ns lumturent
honmis sekturbar ta ns bargal
turdollum galhonsek sekdol barhonken honpilken vormis kenmispil
vorlumdol kenent ta ns entsekgal mislum mishon kenmispil turvor turhonbar sekturbar ta ns doldol
enthon galhonsek lumturgal bargal pilbar vorhon lumvor
sektur ta ns turhonbar kenvortur ta ns lumdolgal kenpil vorhon entken ta ns
entsekgal ta ns mislum lumvor dolsek ta ns mislum pilbar ta ns vorhon vorsek honpilken ta ns kenmispil
vorlumdol ta ns dolhongal sekdol ta ns doldol
entsekgal mislum kenhonmis
sekturbar bardol misgalsek ta ns lumturgal
lumturent bardol pilhon sektur dolhongal dolbar ta ns dolsek kenmispil pilhon
vorhonken turbar gallum dolhonbar vorhonken dolhongal gallum bargal kenpil galhonsek dolbarent ta ns
lumturpil ta ns kenvortur ta ns lumdolgal vorhon vorhonken ta ns kenent ta ns vorhon
pilhon dolhonbar honmis ta ns dolbarbar vorhonken dolbar vormisken
galgal lumturent kenhonmis kenmispil
barhonken bardol barhonken barhonken ta ns vormisken
hondol dolbarbar dolhonbar vormis dolhonbar
galgal lumhonvor ta ns lumturpil turvor barhonken kenmispil kenpil dolhongal
kenvortur kenvortur galgalsek honsek
lumturent sektur ta ns barmis ta ns dolbar turmishon honpilken
turmishon sekdol dolhongal turlumbar ta ns dolgal galgal bardol
vormis ta ns lumdolgal ta ns
vorlumdol ta ns dolbarbar barpil dolgal hondol lumvor
lumhondol bargal vormisken kenvortur
gallum dolhonbar kenent ta ns pilhon ta ns honsek
vormisken dolhonbar vormis kentur
turvor bardol pilhon entsekgal bargal kenhonmis hondol dolgal barhonken ta ns
honpilken ta ns enthon pilhon honmis
sekdol lumturent kenmispil gallum ta ns galhonsek turlumbar
sekvorgal ta ns vorhon barpil ta ns dolbarent galhonsek entken ta ns kentur ta ns misent
dolbar doldol vordol mishon dolhongal
lumhonvor lumturent ta ns galhonsek entsekgal ta ns enthon ta ns dolgal
lumvor ta ns mislum honpilken galhonsek
hondol galhonsek turlumbar kentur
dolbarbar ta ns sekturbar vorlumdol ta ns lumturgal ta ns honsek vorlum mishon dolgal
vordol pilhon ta ns lumvor ta ns galgal sekbartur
lumhondol ta ns lumturgal pilbar
vorsek kentur dolbarent vorhonken ta ns vorlumdol ta ns doldol lumturgal
pilbar ta ns vorlumdol mishon ta ns dolbarbar ta ns
sektur ta ns kenhonmis dolhonbar vorlumdol ta ns turdollum misent honpilken turlumbar ta ns
barmis kenmispil lumvor vorhon mishon ta ns honmis
sekturbar vorhon lumturent honmis barpil
entken honsek dolbarbar lumhondol ta ns lumturgal ta ns galgalsek ta ns
lumhonvor ta ns kenpil
lumvor ta ns entsekgal ta ns lumvor turbar dolsek ta ns vordol ta ns turbar
galgal dolsek kenvortur ta ns vorhonken turvor honsek lumvor ta ns
dolsek kenpil turhonbar lumturpil ta ns galhonsek sekvorgal ta ns sekbartur kentur ta ns
vordol ta ns kenmispil kenhonmis dolgal dolbarbar dolhonbar lumturpil turhonbar turmishon entsekgal ta ns
lumvor ta ns barhonken dolgal kentur
sekvorgal galgal ta ns honsek lumturpil dolbar ta ns lumhonvor ta ns sekvorgal
kenhonmis ta ns turdollum sekvorgal ta ns sekbartur barmis ta ns
vordol ta ns honsek barmis mislum vorsek sekbartur
kentur turmishon dolhonbar sekvorgal lumturpil mislum entken kenmispil vorlum ta ns barkenhon
sekturbar galgalsek sekbartur kenvortur kenvortur ta ns lumturgal turbar
barmis dolgal kenvortur kenmispil turdollum vorlumdol
vorlum ta ns turhonbar dolbarbar lumhondol ta ns pilhon ta ns kenmispil kenhonmis ta ns
vorlumdol ta ns sekbartur entken dolsek ta ns misent vorhonken ta ns misgalsek honpilken
barmis barpil mislum vorhonken ta ns honsek barmis turvor barkenhon galgal
barpil dolhongal vorsek vormis dolhonbar kenvortur sekbartur lumturent
turvor ta ns vorhon vormisken ta ns doldol turmishon ta ns kenmispil hondol pilbar
entsekgal kenmispil galgal bardol sekvorgal entsekgal ta ns lumturgal vorsek ta ns turbar
galgalsek ta ns lumbarbar ta ns barkenhon vormisken
galgalsek vorsek
kenent ta ns gallum dolhonbar
honpilken entken ta ns turbar honpilken ta ns entsekgal hondol
barpil ta ns mislum sekvorgal turdollum dolgal vorlum ta ns dolbar ta ns turhonbar lumturpil
lumturpil ta ns lumturgal sekbartur
vordol ta ns kenmispil lumvor ta ns vormisken pilhon ta ns dolsek barkenhon
sektur turlumbar ta ns
kenpil pilhon sektur ta ns vorlum
vormisken ta ns enthon ta ns vormisken hondol dolgal lumvor
turdollum lumbarbar turbar
sekvorgal turhonbar turvor ta ns dolhonbar lumturpil ta ns
pilbar sekbartur vorlum ta ns pilhon ta ns barpil misent
dolbar ta ns dolbar dolgal barmis turdollum
kenvortur sektur vorlum sekbartur
gallum ta ns sektur vorlumdol vorhon kenent doldol
hondol ta ns turlumbar ta ns bardol
sekvorgal turhonbar kentur bardol lumturpil dolbar
kenvortur ta ns galgal barkenhon
entken honsek dolbar ta ns doldol honmis ta ns sekdol hondol ta ns kenvortur ta ns
honpilken ta ns vorlum
mishon barkenhon turdollum lumturpil ta ns turlumbar ta ns dolgal vormisken
kenent barhonken turlumbar vormis vorsek dolhongal
kenent sekturbar galgal kenent turhonbar sekdol honsek turdollum
pilhon ta ns vormis lumturpil ta ns mislum kenhonmis vorlumdol ta ns
dolbar turhonbar hondol ta ns dolhongal gallum ta ns dolgal kenpil barpil ta ns kenmispil
sekdol ta ns vorhonken ta ns barpil vorlum ta ns turbar sekdol ta ns
honpilken dolgal lumturent ta ns vormis dolhonbar
lumvor ta ns hondol dolgal kenent
sekdol misgalsek vorlum lumturgal bargal
misgalsek ta ns honpilken sekbartur turdollum
vormis entken ta ns honsek entsekgal ta ns barpil doldol lumturent
enthon bardol enthon misent kenhonmis ta ns turmishon dolhongal lumdolgal ta ns vorlumdol
vorhonken ta ns dolbarent
dolbarent ta ns mishon vorhon barhonken sekbartur vorlumdol turhonbar sekturbar bardol barmis ta ns bardol
dolbar lumbarbar sekturbar ta ns misgalsek galgalsek ta ns vorlumdol
barmis barkenhon pilbar ta ns
kenpil ta ns lumdolgal galgalsek mishon barkenhon turvor ta ns
honpilken ta ns barpil ta ns hondol galgal bargal gallum vorhon kenpil bardol
dolbar dolbarbar vordol honsek honpilken ta ns honpilken dolbar
turlumbar ta ns turbar lumhonvor ta ns kenvortur misent turlumbar honsek lumbarbar ta ns honsek
kenpil bardol lumvor misgalsek
enthon ta ns sektur kenmispil dolbarent ta ns dolbarbar bardol kenent vorhon
hondol lumturgal ta ns lumbarbar dolhonbar
dolsek ta ns mislum dolbar vorhonken dolbar turbar
turmishon lumturent vordol vormisken dolbarbar sekdol ta ns
hondol turvor lumbarbar dolgal vorlumdol ta ns mislum lumhondol bargal kenhonmis ta ns
honmis galhonsek entken
kenvortur ta ns kenpil kenpil lumvor ta ns barhonken dolhongal
lumhonvor ta ns dolhongal galgalsek kenhonmis honpilken ta ns honsek
vorsek enthon lumbarbar dolhonbar dolsek vormis turhonbar
kenpil sekbartur barpil turhonbar entsekgal ta ns
lumhonvor honpilken vorlumdol
kenvortur bardol entken lumhondol ta ns bardol kenhonmis doldol hondol ta ns
vordol sekdol dolgal dolbar
gallum bardol lumturpil vorlum ta ns barkenhon lumhonvor vorhon dolbar lumhondol
kenhonmis dolgal kenvortur ta ns lumhondol
pilbar honsek vordol pilbar galhonsek turmishon dolhongal barhonken
vorlum ta ns bardol mishon
lumturpil honsek vordol ta ns misent hondol galhonsek honmis sekbartur turvor ta ns
honmis kenvortur sekvorgal enthon turdollum ta ns bargal dolbarent
sektur ta ns kenmispil lumhonvor barkenhon vormisken enthon doldol
barmis ta ns sektur galgalsek vorlumdol pilhon
mishon vormis mislum entsekgal
lumdolgal vormis ta ns vorsek pilhon bargal
mishon vormisken ta ns bardol lumturpil ta ns dolhongal
barpil misent lumturgal sekvorgal
barmis barmis barmis turdollum turhonbar lumturpil
lumturgal turhonbar mishon dolgal
kenvortur bardol vormisken kenvortur lumhonvor ta ns kenmispil
galgalsek turvor ta ns enthon
lumhondol sektur honsek sekvorgal mislum
vorhonken bardol kenvortur
vorlumdol galgalsek turhonbar turlumbar dolhonbar
sekdol ta ns dolbarent kenhonmis pilhon vorhonken ta ns turhonbar
vorlumdol bargal galgal turmishon barkenhon
vorhonken ta ns bardol kenent
dolbarbar ta ns bardol barmis honsek turdollum vorlumdol dolgal
sekturbar kenmispil turvor ta ns dolhonbar turdollum ta ns misgalsek dolsek barpil sekbartur
misgalsek vormisken dolhonbar lumbarbar ta ns lumturent sekbartur
pilbar dolhongal lumbarbar dolhongal vorhonken barpil ta ns misgalsek
entsekgal ta ns honsek lumdolgal ta ns
vorlumdol vorlumdol
barmis misent honpilken ta ns doldol gallum
lumdolgal barkenhon dolbar vorhon turmishon galgalsek bardol
lumbarbar ta ns vormisken dolhonbar
dolbar pilhon ta ns bardol dolbar kenent entsekgal dolhongal
lumhondol vorsek dolhongal
mishon ta ns lumvor vormisken bardol
sekvorgal sekbartur lumturpil misent dolbarent kenmispil lumdolgal ta ns
pilbar lumturgal lumturent ta ns
vormisken galhonsek mishon honsek kenhonmis
kenhonmis ta ns barmis lumturent ta ns honsek lumturent dolbar mislum vorhonken ta ns kenmispil
vorsek ta ns lumbarbar ta ns galgalsek ta ns vorhon pilhon bardol
pilbar vormis doldol turvor vordol ta ns sekturbar turlumbar bardol
sekvorgal dolsek vordol
enthon mislum pilbar ta ns dolhongal
lumhondol vorhon misgalsek honpilken honsek turmishon
lumbarbar kenvortur galgal honsek kentur ta ns
kenent sekbartur kenvortur honsek barhonken ta ns entsekgal dolgal
vordol ta ns honpilken turhonbar vorsek sekvorgal bargal lumbarbar ta ns dolhongal
galgal doldol kenhonmis vorlumdol dolhongal barmis ta ns dolgal sektur ta ns vormis ta ns honsek
lumvor lumturent dolhonbar galgalsek lumturpil ta ns
vordol dolhonbar barmis vorhon
vormis kenmispil enthon galgalsek galgalsek barmis ta ns lumturent
vorlumdol dolsek vorsek bardol sekvorgal dolhongal
honmis turvor kenpil dolbarbar ta ns misgalsek
lumturpil dolsek honmis gallum ta ns
lumhondol barpil ta ns entsekgal barpil ta ns vorlumdol
misgalsek honsek lumturent dolgal vorlum bargal
entsekgal lumdolgal
vorlum ta ns barhonken ta ns
sekturbar hondol pilhon sekvorgal ta ns vorhonken mislum
galgal bargal entsekgal barhonken honsek
lumhondol dolsek lumbarbar kenmispil vorlumdol barmis mislum misgalsek
lumbarbar dolhonbar dolbar mislum honmis vorhon
pilhon dolbarent barkenhon
dolbar ta ns kenmispil mishon barkenhon enthon vorhon honpilken kentur vormisken
lumhondol ta ns turbar pilbar ta ns entken ta ns honsek honpilken ta ns
honpilken misent turdollum dolhonbar mishon bargal vorhonken turmishon kenmispil
turmishon vorlum ta ns sekdol ta ns vorlum ta ns turdollum
lumturent bardol vormisken pilbar lumvor entsekgal ta ns
enthon barhonken mishon lumbarbar doldol
honmis mislum sekdol bardol
honmis lumhondol ta ns vormisken
lumdolgal sekturbar barmis barpil ta ns turhonbar vorsek galhonsek honpilken
barpil turbar entken ta ns honmis galgalsek ta ns
entsekgal sekbartur lumdolgal lumturpil barkenhon vormisken dolbarent ta ns sekbartur lumbarbar ta ns
dolbarbar sekbartur lumbarbar ta ns turhonbar dolbarent pilbar ta ns
barhonken ta ns turhonbar mishon bargal vorsek honsek
entsekgal sekvorgal ta ns dolhonbar turvor
turmishon vorhon honmis pilbar ta ns barkenhon mishon ta ns lumturgal ta ns mislum pilhon
vorsek bargal vormisken ta ns pilbar ta ns lumbarbar ta ns
misgalsek sektur lumvor lumbarbar honsek
lumhonvor ta ns honpilken vorlumdol dolhongal barpil sektur
lumvor ta ns gallum hondol dolhonbar barpil
lumhonvor ta ns dolgal sekdol ta ns
lumvor ta ns sektur pilhon dolbarbar turmishon ta ns
kentur dolbarent ta ns turvor dolhonbar barpil ta ns
pilhon entken
barhonken kenvortur ta ns mishon pilbar vorlum sekbartur turlumbar
entsekgal kentur galgalsek barmis ta ns kenmispil hondol galhonsek
turmishon turhonbar pilbar vordol kenpil bardol vormis
lumturpil ta ns turhonbar galgalsek ta ns
misgalsek vorlum bargal pilbar bargal dolbarent dolhonbar
mishon turhonbar vorsek ta ns misent vorsek kenmispil kenpil ta ns
kenhonmis sekdol entken
hondol ta ns lumturpil ta ns
lumturpil mishon dolbarbar ta ns bargal
barpil sekturbar honsek
galgal sekvorgal
lumhondol barmis lumbarbar ta ns lumhondol vorhonken sektur
sekturbar honsek kenvortur ta ns honsek turvor ta ns sekbartur vormisken ta ns turlumbar
kenpil ta ns lumhondol ta ns vorlumdol
kenpil enthon doldol lumhondol dolhongal vormisken lumbarbar ta ns
galgalsek kenmispil misgalsek ta ns turhonbar pilbar ta ns vorhon sekvorgal ta ns lumhonvor turbar kenhonmis
dolsek ta ns misent misgalsek
lumbarbar turbar entsekgal misent kenpil vorlumdol kenpil dolsek bargal
pilbar dolhonbar barmis ta ns lumdolgal ta ns entken galgal mislum
vorlum ta ns sekturbar ta ns vorsek pilbar ta ns misent dolbarent misent mishon ta ns bargal
barpil kenmispil lumturpil
lumturgal lumhondol ta ns doldol turmishon vorhon sekvorgal ta ns turhonbar
lumturent ta ns turhonbar vorlumdol galgal ta ns pilhon lumturent kenmispil hondol
turmishon ta ns dolhonbar gallum kenpil gallum
lumturpil sektur bargal barhonken ta ns lumhonvor vorlum lumbarbar
barmis gallum vorhonken turvor kentur sekturbar ta ns sekbartur
sekvorgal ta ns honmis ta ns honsek
lumbarbar ta ns dolhonbar sekturbar bardol vorlumdol dolgal turdollum
turdollum dolbar kenmispil kenpil kenmispil vorlum
entken lumdolgal pilhon misent vorlum enthon ta ns sekvorgal sekbartur
gallum ta ns vorlum
mishon galhonsek lumturent ta ns lumturent lumturgal ta ns turlumbar hondol ta ns
sekdol ta ns turmishon turlumbar ta ns turhonbar dolbarent ta ns honsek
galgalsek doldol sekdol honsek vormis
barpil lumturgal
turdollum ta ns dolbarent ta ns dolhongal
kenpil ta ns kenpil
turlumbar turhonbar lumbarbar ta ns kenhonmis vorlumdol mislum
honpilken sekbartur sektur ta ns
vorlumdol barpil barhonken
dolsek vorhonken sektur honpilken ta ns entken
lumvor barhonken lumhonvor ta ns
kenhonmis honsek sekvorgal ta ns turlumbar lumturent bargal hondol ta ns
lumhondol honmis galhonsek lumhondol ta ns dolgal kenhonmis ta ns dolbarent ta ns dolhongal
kentur bardol barpil pilhon ta ns misent lumhonvor ta ns
kenent ta ns honsek sektur dolgal entsekgal misgalsek sektur ta ns hondol mislum
lumturent ta ns kenmispil kenhonmis
galgal gallum barkenhon lumvor galgal ta ns dolhonbar
sekturbar ta ns dolgal dolsek honmis ta ns turmishon dolbarent pilbar bardol
vorlum sekbartur hondol
vormisken turlumbar vormisken kenmispil vorhonken ta ns turhonbar
barpil ta ns misent dolbar
pilbar kentur kenvortur kenmispil vormis turlumbar misent
pilhon ta ns sektur ta ns pilbar turhonbar pilhon dolhonbar vorlum dolgal dolsek ta ns bardol
vormisken ta ns honsek dolbarbar galgal vorsek
turvor ta ns bardol sektur gallum doldol hondol sekturbar barkenhon lumbarbar dolgal
kenent ta ns kenmispil misgalsek
kenpil ta ns mislum enthon turlumbar dolbar
lumturgal ta ns vorlumdol ta ns turhonbar lumturent ta ns sekbartur kenhonmis turhonbar honmis ta ns dolhongal sekvorgal ta ns vorhon
lumbarbar ta ns dolbarbar bardol vorlumdol
sekturbar ta ns dolhonbar barpil ta ns kenvortur galhonsek gallum vorlum dolbarbar
barpil misgalsek kenhonmis ta ns
vorsek turmishon ta ns vorhon lumbarbar ta ns bargal turvor dolbarbar
dolsek ta ns bargal turmishon ta ns doldol sekturbar enthon
kenhonmis ta ns turvor vorlum ta ns dolhongal kenpil ta ns galgal ta ns
vorsek dolgal galgalsek barkenhon vormisken ta ns sekturbar ta ns kenpil sekturbar
hondol lumbarbar ta ns honsek lumturent ta ns dolgal pilhon ta ns entsekgal
gallum dolhonbar entsekgal turbar galgalsek misent sekturbar ta ns galhonsek
sekvorgal vordol ta ns misent kenpil
sekturbar kenpil vordol ta ns turhonbar sekvorgal ta ns
vorsek ta ns barpil ta ns dolhonbar
mishon ta ns turvor kenhonmis ta ns lumvor
lumvor vorlumdol barkenhon sekturbar sekbartur pilhon galgal
entken ta ns honmis ta ns bargal vorsek ta ns mislum kenvortur doldol barpil misent
lumvor ta ns vorlum vorsek ta ns vormisken ta ns mislum kentur ta ns turhonbar lumturent
lumbarbar ta ns galgal
kentur ta ns honsek turdollum ta ns vormis turvor ta ns
kenhonmis ta ns turdollum vorhon vorlum kentur bardol
kenent ta ns dolbar vorsek ta ns misgalsek vorhon
lumvor ta ns barkenhon kenhonmis mislum dolsek ta ns vorhon
entsekgal dolhongal barhonken sekbartur
lumhonvor ta ns sekdol doldol
misgalsek turhonbar pilhon ta ns
pilhon ta ns lumturpil
vordol ta ns vormisken
lumhondol vorhon pilbar
dolsek ta ns turbar lumhonvor sektur turhonbar turdollum sekbartur kenvortur honmis
kenhonmis turvor ta ns sekturbar dolhongal
entken mislum lumhonvor ta ns kenvortur vorhonken ta ns vorhon vordol mishon
sekvorgal doldol kenhonmis sektur entken misent entsekgal honsek
kenpil turdollum kenmispil dolbar honsek sekdol ta ns honpilken ta ns
lumvor vorlumdol vorlumdol
kenent barkenhon kenent mislum turmishon mislum lumhonvor vorhon
gallum dolsek ta ns galgal dolgal lumhondol ta ns dolbarbar
dolbarent dolbar
turvor lumhondol barkenhon vormisken ta ns dolhonbar dolsek doldol kenvortur
lumturent dolhongal pilbar honsek
lumhonvor ta ns lumvor turhonbar barhonken ta ns turhonbar lumdolgal lumturgal
lumturgal kenpil
honpilken bardol sekvorgal mislum
lumturgal mishon lumvor
hondol ta ns entken ta ns dolgal kenvortur bardol
barpil ta ns vordol ta ns honsek dolbarent
dolbarbar ta ns mishon galgalsek
kenpil lumturent ta ns kenpil sekbartur entken ta ns turvor ta ns misent
lumbarbar dolgal galgal ta ns lumdolgal
dolbarbar kenpil sekbartur vorsek ta ns galhonsek lumturpil ta ns turdollum ta ns turhonbar
turlumbar sekbartur turdollum turbar lumhondol bargal kenvortur mislum pilbar kenmispil
gallum barhonken lumhonvor honpilken vorhonken ta ns turlumbar mislum
turvor enthon ta ns kentur
dolbar mislum misgalsek dolgal honmis ta ns turbar lumvor ta ns kenmispil
kenpil ta ns kenhonmis dolbarbar galhonsek barhonken misgalsek kenvortur
lumturgal lumturent
vorlumdol misent barhonken lumturpil hondol ta ns dolsek vorsek vorhon
sektur lumvor turhonbar kenhonmis sekdol ta ns
kenvortur honpilken turbar barhonken ta ns
lumbarbar entsekgal vorhon lumturgal ta ns
entsekgal lumturgal ta ns galgalsek vordol barkenhon
pilhon barpil lumbarbar barkenhon
sekvorgal sekbartur dolbarent ta ns
sekturbar kenpil lumbarbar turhonbar barhonken entken
lumbarbar kenmispil honpilken galhonsek lumturent ta ns doldol sekvorgal
pilhon ta ns dolbar entken
